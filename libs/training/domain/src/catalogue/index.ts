// The catalogue area's deciders: curricula, materials with versions, coordination models (the K3 list).
export type { LookedUpCurriculum } from './catalogue.rules';

export type * from './curriculum/curriculum.commands';
export type * from './curriculum/curriculum.events';
export { CURRICULUM_STREAM_TYPE, curriculumStreamId } from './curriculum/curriculum.events';
export { curriculumDecider } from './curriculum/curriculum.decide';
export type * from './curriculum/curriculum.types';

export type * from './material/material.commands';
export type * from './material/material.events';
export { MATERIAL_STREAM_TYPE, materialStreamId } from './material/material.events';
export { materialDecider } from './material/material.decide';
export * from './material/material.types';

export type * from './coordination-model/coordination-model.commands';
export type * from './coordination-model/coordination-model.events';
export { COORDINATION_MODEL_STREAM_TYPE, coordinationModelStreamId } from './coordination-model/coordination-model.events';
export { coordinationModelDecider } from './coordination-model/coordination-model.decide';
export type * from './coordination-model/coordination-model.types';

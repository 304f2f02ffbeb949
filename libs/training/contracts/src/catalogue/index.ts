// The catalogue area: curricula, materials with versions, coordination models (the K3 list).
import { coordinationModelEventTypes } from './coordination-model.messages';
import { curriculumEventTypes } from './curriculum.messages';
import { materialEventTypes } from './material.messages';

export * from './catalogue-error-codes';
export * from './catalogue-vocabulary';
export * from './coordination-model.messages';
export * from './curriculum.messages';
export * from './material-file';
export * from './material.messages';

export const catalogueEventTypes = [...curriculumEventTypes, ...materialEventTypes, ...coordinationModelEventTypes] as const;

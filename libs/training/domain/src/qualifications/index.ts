// The qualifications area: qualification kinds and trainee records.
export type * from './qualification-kind.commands';
export type * from './qualification-kind.events';
export { QUALIFICATION_KIND_STREAM_TYPE, qualificationKindStreamId } from './qualification-kind.events';
export { qualificationKindDecider } from './qualification-kind.decide';
export type { DefinedQualificationKind, QualificationKindState } from './qualification-kind.types';

export type * from './trainee.commands';
export type * from './trainee.events';
export { TRAINEE_STREAM_TYPE, traineeStreamId } from './trainee.events';
export { traineeDecider } from './trainee.decide';
export type { TraineeRecord, TraineeState } from './trainee.types';

export * from './assessments';
export * from './catalogue';
export * from './common/command-rights';
export * from './courses';
export * from './qualifications';
export * from './training-error-codes';
export { TRAINING_CONTEXT, trainingEventTypes } from './training-event-types';

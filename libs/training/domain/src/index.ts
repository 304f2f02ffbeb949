export { forbiddenError, illegalStateAt, illegalStateError, notFoundError, validationError } from './common/errors';
export * from './assessments';
export * from './catalogue';
export * from './courses';
export * from './qualifications';

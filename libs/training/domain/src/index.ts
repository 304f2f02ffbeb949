export * from './assessments';
export * from './catalogue';
export * from './courses';
export * from './qualifications';

export * from './declared';
export * from './indicators';
export * from './plans';
export * from './published';
export * from './reports';
export * from './schedules';

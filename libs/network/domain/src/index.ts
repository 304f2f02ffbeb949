export * from './groups';
export * from './needs';
export * from './networks';
export * from './partners';

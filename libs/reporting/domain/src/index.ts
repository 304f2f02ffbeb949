export * from './declared';
export * from './indicators';

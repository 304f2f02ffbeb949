export * from './common/command-rights';
export * from './common/vocabulary';
export * from './groups';
export * from './needs';
export * from './networks';
export * from './partners';
export type { NetworkErrorCode } from './network-error-codes';
export { NETWORK_CONTEXT, networkEventTypes } from './network-event-types';
export * from './campaigns-feed/campaign-activity-feed';

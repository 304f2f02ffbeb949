// The partners area: partners (organisations and their accounts) and their cooperation agreements.
import { agreementEventTypes } from './agreement.messages';
import { partnerStreamEventTypes } from './partner.messages';

export * from './agreement-status';
export * from './agreement.messages';
export * from './partner-error-codes';
export * from './partner-vocabulary';
export * from './partner.messages';

/** Every event of the area: a partner's stream, then an agreement's. */
export const partnerEventTypes = [...partnerStreamEventTypes, ...agreementEventTypes] as const;

// The partners area's deciders: partners (organisations and their accounts) and cooperation agreements.
export type * from './partner/partner.commands';
export type * from './partner/partner.events';
export { PARTNER_STREAM_TYPE } from './partner/partner.events';
export { partnerDecider } from './partner/partner.decide';
export type * from './partner/partner.types';

export type * from './agreement/agreement.commands';
export type * from './agreement/agreement.events';
export { AGREEMENT_STREAM_TYPE } from './agreement/agreement.events';
export { agreementDecider } from './agreement/agreement.decide';
export type * from './agreement/agreement.types';

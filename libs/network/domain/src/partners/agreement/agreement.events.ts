import type { agreementEventTypes } from '@tn/network-contracts';
import type { EventsOf } from '@tn/shared-event-contracts';

/** The agreement's events; their one schema is in the contracts. */
export type AgreementEvent = EventsOf<typeof agreementEventTypes>;

/** One stream per agreement: its terms, their amendments and its termination. */
export { AGREEMENT_STREAM_TYPE, agreementStreamId } from '@tn/network-contracts';

import type { accountEventTypes } from '@tn/registry-contracts';
import type { EventsOf } from '@tn/shared-event-contracts';

/** The account's events; their one schema is in the contracts. */
export type AccountEvent = EventsOf<typeof accountEventTypes>;
export type SessionEnded = Extract<AccountEvent, { type: 'SessionEnded' }>;

export { ACCOUNT_STREAM_TYPE, accountStreamId } from '@tn/registry-contracts';

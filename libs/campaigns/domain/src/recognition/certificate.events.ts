import type { certificateEventTypes } from '@tn/campaigns-contracts';
import type { EventsOf } from '@tn/shared-event-contracts';

/** The certificate's events (the volunteer by id only); their one schema is in the contracts. */
export type CertificateEvent = EventsOf<typeof certificateEventTypes>;

/** One stream per certificate. */
export { CERTIFICATE_STREAM_TYPE, certificateStreamId } from '@tn/campaigns-contracts';

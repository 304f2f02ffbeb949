import type { catalogueEventTypes } from '@tn/campaigns-contracts';
import type { EventsOf } from '@tn/shared-event-contracts';

/** The catalogue's events; their one schema is in the contracts. */
export type CatalogueEvent = EventsOf<typeof catalogueEventTypes>;

/** The platform's one catalogue of output measures: a single, small stream (tens of measures). */
export { OUTPUT_CATALOGUE_STREAM_TYPE, outputCatalogueStreamId } from '@tn/campaigns-contracts';

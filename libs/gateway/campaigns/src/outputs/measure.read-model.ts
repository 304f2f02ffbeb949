import { catalogueEventTypes, type OutputMeasure } from '@tn/campaigns-contracts';
import { projectionOver } from '@tn/shared-event-bus';
import type { EnvelopeOf, EventsOf } from '@tn/shared-event-contracts';

export const OUTPUT_MEASURES_COLLECTION = 'gw_campaigns_output_measures';

/** A measure an administrator defined (the built-ins ship with the domain and are not stored). */
export type OutputMeasureDoc = OutputMeasure & { definedOn: string; retiredOn?: string };

type CatalogueEvent = EnvelopeOf<EventsOf<typeof catalogueEventTypes>>;

/** Pure: the measure document after one of the catalogue stream's events about it. */
export function evolveOutputMeasure(doc: OutputMeasureDoc | null, event: CatalogueEvent): OutputMeasureDoc {
  if (event.type === 'OutputMeasureDefined') {
    const { measureId, nameVi, nameEn, unitVi, unitEn, valueType, definedOn } = event.data;
    return { measureId, nameVi, nameEn, unitVi, unitEn, valueType: valueType === 'quantity' ? 'quantity' : 'count', builtIn: false, retired: false, definedOn };
  }
  if (!doc) throw new Error(`${event.type} for a measure the read model does not know`);
  return { ...doc, retired: true, retiredOn: event.data.retiredOn };
}

/**
 * One document per defined measure. They all come from the catalogue's one stream, so each
 * document sees only some of its versions (`contiguous: false`, as units of the hierarchy stream).
 * Read whole (CampaignsDirectory.definedMeasures, tens of documents, no filter): no index.
 */
export const outputMeasureProjection = projectionOver(catalogueEventTypes, {
  name: 'gateway-output-measures',
  collection: OUTPUT_MEASURES_COLLECTION,
  contiguous: false,
  documentId: (event) => event.data.measureId,
  evolve: evolveOutputMeasure,
});

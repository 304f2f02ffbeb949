import { type OutputMeasure } from '@tn/campaigns-contracts';
import { defineProjection } from '@tn/shared-event-bus';
import type { EventEnvelope } from '@tn/shared-event-contracts';
import type { Data } from '../core/event-data';

export const OUTPUT_MEASURES_COLLECTION = 'gw_campaigns_output_measures';

/** A measure an administrator defined (the built-ins ship with the domain and are not stored). */
export type OutputMeasureDoc = OutputMeasure & { definedOn: string; retiredOn?: string };

/** Pure: the measure document after one of the catalogue stream's events about it. */
export function evolveOutputMeasure(doc: OutputMeasureDoc | null, event: EventEnvelope): OutputMeasureDoc {
  const data = event.data as Data;
  if (event.type === 'OutputMeasureDefined') {
    return {
      measureId: String(data['measureId']),
      nameVi: String(data['nameVi']),
      nameEn: String(data['nameEn']),
      unitVi: String(data['unitVi']),
      unitEn: String(data['unitEn']),
      valueType: data['valueType'] === 'quantity' ? 'quantity' : 'count',
      builtIn: false,
      retired: false,
      definedOn: String(data['definedOn']),
    };
  }
  if (!doc) throw new Error(`${event.type} for a measure the read model does not know`);
  if (event.type === 'OutputMeasureRetired') return { ...doc, retired: true, retiredOn: String(data['retiredOn']) };
  throw new Error(`output measure read model cannot apply ${event.type}`);
}

/**
 * One document per defined measure. They all come from the catalogue's one stream, so each
 * document sees only some of its versions (`contiguous: false`, as units of the hierarchy stream).
 */
export const outputMeasureProjection = defineProjection<OutputMeasureDoc>({
  name: 'gateway-output-measures',
  collection: OUTPUT_MEASURES_COLLECTION,
  handles: ['OutputMeasureDefined', 'OutputMeasureRetired'],
  contiguous: false,
  documentId: (event) => String((event.data as Data)['measureId']),
  evolve: evolveOutputMeasure,
});

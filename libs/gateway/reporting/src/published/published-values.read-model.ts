import { projectionOver } from '@tn/shared-event-bus';
import { type IndicatorValuesPublished, publishedValuesEventTypes, publishedValuesIdOf } from '@tn/reporting-contracts';

/** A unit's published values for a period, as its latest revision states them (the service's stream keeps every revision). */
export type PublishedValuesDoc = IndicatorValuesPublished;

/** The latest revision of each unit and period, read by its id (`<unitId>:<period>`): equality only. */
export function evolvePublishedValuesDoc(doc: PublishedValuesDoc | null, data: IndicatorValuesPublished): PublishedValuesDoc {
  // Revisions of one stream arrive in order; a replayed older one must not bring back what it superseded.
  if (doc !== null && doc.revision > data.revision) return doc;
  const { unitId, period, structureDate, stocksOn, revision, values, publishedBy, publishedAt } = data;
  return { unitId, period, structureDate, ...(stocksOn === undefined ? {} : { stocksOn }), revision, values, publishedBy, publishedAt };
}

export const publishedValuesProjection = projectionOver(publishedValuesEventTypes, {
  name: 'gateway-reporting-published-values',
  collection: 'gw_reporting_published_values',
  documentId: (event) => publishedValuesIdOf(event.data.unitId, event.data.period),
  evolve: (doc: PublishedValuesDoc | null, event) => evolvePublishedValuesDoc(doc, event.data),
});

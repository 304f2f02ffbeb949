import type { PublicEventDefinition } from '@tn/shared-event-contracts';
import { type IndicatorValuesPublished, PublishedValuesContent } from './published-values.messages';

/**
 * The public form of a publication, for analytics consumers on the reporting context's public
 * topic: the unit, the period, the structure date, the day stocks were counted, the revision,
 * when, and the numbers. Each field is picked by name (never spread), and the relay checks the
 * result against PublishedValuesContent, so nothing else, not even the publishing account, goes out.
 */
export const publishedValuesPublicEvents: readonly PublicEventDefinition[] = [
  {
    publicType: 'reporting.IndicatorValuesPublished',
    publicVersion: 1,
    fromInternalType: 'IndicatorValuesPublished',
    data: PublishedValuesContent,
    map: (event) => {
      const { unitId, period, structureDate, stocksOn, revision, values, publishedAt } = event.data as unknown as IndicatorValuesPublished;
      return {
        unitId,
        period,
        structureDate,
        ...(stocksOn === undefined ? {} : { stocksOn }),
        revision,
        values: values.map(({ indicatorId, version, value, numerator, denominator, target }) => ({
          indicatorId,
          version,
          value,
          numerator,
          denominator,
          target,
        })),
        publishedAt,
      };
    },
  },
];

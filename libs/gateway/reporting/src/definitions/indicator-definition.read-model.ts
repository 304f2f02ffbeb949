import { projectionOver } from '@tn/shared-event-bus';
import { definitionOfEvent, type IndicatorDefinition, indicatorEventTypes } from '@tn/reporting-contracts';

export const REPORTING_DEFINITIONS_COLLECTION = 'gw_reporting_definitions';

/** A plan indicator with every version it had: a value names the version it came from, and an old one stays readable. */
export interface IndicatorDefinitionDoc {
  indicatorId: string;
  ownerUnitId: string;
  retired: boolean;
  /** The latest version. */
  current: IndicatorDefinition;
  versions: IndicatorDefinition[];
}

/** Plan indicators as the reporting service defines, revises and retires them (each event carries the whole definition). */
export const indicatorDefinitionProjection = projectionOver(indicatorEventTypes, {
  name: 'gateway-reporting-definitions',
  collection: REPORTING_DEFINITIONS_COLLECTION,
  documentId: (event) => event.data.indicatorId,
  indexes: [{ ownerUnitId: 1 }],
  evolve: (doc: IndicatorDefinitionDoc | null, event) => {
    const definition = definitionOfEvent(event.data);
    const earlier = (doc?.versions ?? []).filter((version) => version.version !== definition.version);
    return {
      indicatorId: definition.indicatorId,
      ownerUnitId: event.data.ownerUnitId,
      retired: event.type === 'IndicatorRetired',
      current: definition,
      versions: [...earlier, definition].sort((a, b) => a.version - b.version),
    };
  },
});

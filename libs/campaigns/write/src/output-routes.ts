import { catalogueCommandTypes, resultsCommandTypes } from '@tn/campaigns-contracts';
import { ACTIVITY_RESULTS_STREAM_TYPE, catalogueDecider, OUTPUT_CATALOGUE_STREAM_TYPE, resultsDecider } from '@tn/campaigns-domain';
import { type CommandRoute, routesOf } from '@tn/shared-event-sourcing-nest';
import type { CampaignLookups } from './lookups';
import { agreementFactsOf, type NetworkDirectoryLookup, type UnitLineage } from './network-directory-check';

/**
 * The catalogue's one stream, and one results stream per activity (ADR 0007). For an activity's
 * results, the activity's status (from its own stream) and the definitions of the measures named
 * (from the catalogue's stream) are read first, so the decider stays pure; an id the catalogue
 * lacks is left out, and the decider names it. A resource naming the network's agreement it came
 * under gets the agreement from this service's copy of the network's directory, and the activity's
 * unit lineage on the day received from its copy of the hierarchy.
 */
export const outputRoutes = (lookups: CampaignLookups, directory: NetworkDirectoryLookup, hierarchy: UnitLineage): CommandRoute[] => [
  ...routesOf(catalogueCommandTypes, { streamType: OUTPUT_CATALOGUE_STREAM_TYPE, decider: catalogueDecider }),
  ...routesOf(
    resultsCommandTypes,
    { streamType: ACTIVITY_RESULTS_STREAM_TYPE, decider: resultsDecider },
    {
      RecordActivityOutput: async ({ activityId, measures = [] }) => {
        const named = new Set(measures.map((measure) => measure.measureId));
        const [activityStatus, catalogue] = await Promise.all([lookups.activityStatusOf(activityId), lookups.outputCatalogue()]);
        return {
          measures,
          activityStatus,
          catalogue: Object.fromEntries(catalogue.filter((measure) => named.has(measure.measureId)).map((measure) => [measure.measureId, measure])),
        };
      },
      RecordResourceMobilised: async (payload) => {
        const [activityStatus, agreement] = await Promise.all([
          lookups.activityStatusOf(payload.activityId),
          agreementFactsOf(directory, hierarchy, (activityId) => lookups.activityOrganiserOf(activityId), payload),
        ]);
        return { activityStatus, ...agreement };
      },
    },
  ),
];

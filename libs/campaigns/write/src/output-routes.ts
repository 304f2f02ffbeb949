import {
  ACTIVITY_RESULTS_STREAM_TYPE,
  activityResultsStreamId,
  type CatalogueCommand,
  catalogueDecider,
  type MeasureValueType,
  OUTPUT_CATALOGUE_STREAM_TYPE,
  outputCatalogueStreamId,
  type OutputKind,
  type ResourceSource,
  type ResultsCommand,
  resultsDecider,
  type CampaignDomain,
} from '@tn/campaigns-domain';
import type { CommandEnvelope } from '@tn/shared-event-contracts';
import { type CommandRoute, commandRoute, objectList, optional, optionalNumber, optionalString, type Payload, requiredNumber, requiredString } from '@tn/shared-event-sourcing-nest';
import type { CampaignLookups } from './lookups';
import type { Mapper } from './route-mapper';


/** Payload → decider command for the catalogue of output measures (one stream for the platform). */
export const toCatalogueCommand = (): Record<CatalogueCommand['type'], Mapper<CatalogueCommand>> => ({
  DefineOutputMeasure: (p) => ({
    type: 'DefineOutputMeasure',
    measureId: requiredString(p, 'measureId'),
    nameVi: requiredString(p, 'nameVi'),
    nameEn: requiredString(p, 'nameEn'),
    unitVi: requiredString(p, 'unitVi'),
    unitEn: requiredString(p, 'unitEn'),
    valueType: requiredString(p, 'valueType') as MeasureValueType,
    definedOn: requiredString(p, 'definedOn'),
  }),
  RetireOutputMeasure: (p) => ({ type: 'RetireOutputMeasure', measureId: requiredString(p, 'measureId'), reason: requiredString(p, 'reason'), retiredOn: requiredString(p, 'retiredOn') }),
});

/** `[{ measureId, value }]`, each malformed item named by its index (`measures.1.value`). */
const measuresOf = (p: Payload) =>
  objectList(p, 'measures').map((item, index) => ({
    measureId: requiredString(item, 'measureId', `measures.${index}.`),
    value: requiredNumber(item, 'value', `measures.${index}.`),
  }));

/**
 * Payload → decider command for an activity's results. The activity's status (from its own
 * stream) and the definitions of the measures named (from the catalogue's stream) are read here,
 * so the decider stays pure; an id the catalogue lacks is left out, and the decider names it.
 */
export const toResultsCommand = (lookups: CampaignLookups): Record<ResultsCommand['type'], Mapper<ResultsCommand>> => ({
  RecordActivityOutput: async (p) => {
    const activityId = requiredString(p, 'activityId');
    const measures = measuresOf(p);
    const named = new Set(measures.map((measure) => measure.measureId));
    const [activityStatus, catalogue] = await Promise.all([lookups.activityStatusOf(activityId), lookups.outputCatalogue()]);
    return {
      type: 'RecordActivityOutput',
      activityId,
      outputId: requiredString(p, 'outputId'),
      kind: requiredString(p, 'kind') as OutputKind,
      name: requiredString(p, 'name'),
      ...optional('domain', optionalString(p, 'domain') as CampaignDomain | undefined),
      measures,
      ...optional('valuationVnd', optionalNumber(p, 'valuationVnd')),
      completedOn: requiredString(p, 'completedOn'),
      activityStatus,
      catalogue: Object.fromEntries(catalogue.filter((measure) => named.has(measure.measureId)).map((measure) => [measure.measureId, measure])),
    };
  },
  WithdrawActivityOutput: (p) => ({
    type: 'WithdrawActivityOutput',
    activityId: requiredString(p, 'activityId'),
    outputId: requiredString(p, 'outputId'),
    reason: requiredString(p, 'reason'),
    withdrawnOn: requiredString(p, 'withdrawnOn'),
  }),
  RecordResourceMobilised: async (p) => {
    const activityId = requiredString(p, 'activityId');
    return {
      type: 'RecordResourceMobilised',
      activityId,
      resourceId: requiredString(p, 'resourceId'),
      source: requiredString(p, 'source') as ResourceSource,
      form: requiredString(p, 'form'),
      ...optional('amountVnd', optionalNumber(p, 'amountVnd')),
      ...optional('description', optionalString(p, 'description')),
      ...optional('quantity', optionalNumber(p, 'quantity')),
      ...optional('unit', optionalString(p, 'unit')),
      ...optional('valuationVnd', optionalNumber(p, 'valuationVnd')),
      receivedOn: requiredString(p, 'receivedOn'),
      ...optional('donorName', optionalString(p, 'donorName')),
      activityStatus: await lookups.activityStatusOf(activityId),
    };
  },
  WithdrawResourceMobilised: (p) => ({
    type: 'WithdrawResourceMobilised',
    activityId: requiredString(p, 'activityId'),
    resourceId: requiredString(p, 'resourceId'),
    reason: requiredString(p, 'reason'),
    withdrawnOn: requiredString(p, 'withdrawnOn'),
  }),
});

/** The catalogue's one stream, and one results stream per activity (ADR 0007). */
export const outputRoutes = (lookups: CampaignLookups): CommandRoute[] => [
  ...Object.entries(toCatalogueCommand()).map(([type, map]) =>
    commandRoute({
      type,
      streamType: OUTPUT_CATALOGUE_STREAM_TYPE,
      decider: catalogueDecider,
      streamIdOf: () => outputCatalogueStreamId(),
      toCommand: (envelope: CommandEnvelope) => map(envelope.payload, envelope),
    }),
  ),
  ...Object.entries(toResultsCommand(lookups)).map(([type, map]) =>
    commandRoute({
      type,
      streamType: ACTIVITY_RESULTS_STREAM_TYPE,
      decider: resultsDecider,
      streamIdOf: (envelope: CommandEnvelope) => activityResultsStreamId(requiredString(envelope.payload, 'activityId')),
      toCommand: (envelope: CommandEnvelope) => map(envelope.payload, envelope),
    }),
  ),
];

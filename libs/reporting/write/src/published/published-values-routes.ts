import { type CommandRoute, routesOf } from '@tn/shared-event-sourcing-nest';
import { publishedValuesCommandTypes } from '@tn/reporting-contracts';
import { PUBLISHED_VALUES_STREAM_TYPE, publishedValuesDecider } from '@tn/reporting-domain';
import { acting } from '../acting';

/**
 * Published indicator values: one stream per unit and period; the unit is checked by the
 * authoriser, the rest by the decider. The values come computed (the gateway's engine alone sees
 * every context's facts); the server's date bounds the period, its time dates the revision.
 */
export const publishedValuesRoutes = (): CommandRoute[] =>
  routesOf(publishedValuesCommandTypes, { streamType: PUBLISHED_VALUES_STREAM_TYPE, decider: publishedValuesDecider }).map(acting);

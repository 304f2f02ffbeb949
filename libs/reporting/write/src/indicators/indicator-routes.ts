import { type CommandRoute, routesOf } from '@tn/shared-event-sourcing-nest';
import { indicatorCommandTypes } from '@tn/reporting-contracts';
import { INDICATOR_STREAM_TYPE, indicatorDecider } from '@tn/reporting-domain';
import { acting } from '../acting';

/** Plan indicators: one stream each; nothing is looked up (the programme's ids are constants of the contracts). */
export const indicatorRoutes = (): CommandRoute[] =>
  routesOf(indicatorCommandTypes, { streamType: INDICATOR_STREAM_TYPE, decider: indicatorDecider }).map(acting);

import { type CommandRoute, routesOf } from '@tn/shared-event-sourcing-nest';
import { declaredValueCommandTypes } from '@tn/reporting-contracts';
import { DECLARED_VALUE_STREAM_TYPE, declaredValueDecider } from '@tn/reporting-domain';
import { acting } from '../acting';

/** Declared values: one stream per unit, period and key; the unit is checked by the authoriser, the rest by the decider. */
export const declaredValueRoutes = (): CommandRoute[] =>
  routesOf(declaredValueCommandTypes, { streamType: DECLARED_VALUE_STREAM_TYPE, decider: declaredValueDecider }).map(acting);

import { apiError } from '@tn/gateway-graphql-kit';
import { type GatewayContext, parseConsistencyToken } from '@tn/gateway-core';
import { today } from '@tn/gateway-registry';
import { parsePeriod, type Period } from '@tn/reporting-contracts';
import { isIsoDate } from '@tn/shared-event-contracts';
import type { ReportingCheckpoints } from '../core/reporting-checkpoints';

/**
 * What every evaluation of indicator values asks first, whoever asks (the values query, a
 * publication): its periods and structure date checked, and the facts caught up with the writes
 * the request's consistency tokens name.
 */

/** How long a request waits for the indicator facts to show the writes its consistency tokens name. */
const FACTS_WAIT_MS = 5000;

/** The periods the keys name, or INDICATOR_QUERY.PERIOD_INVALID naming the first that names none. */
export function periodsOf(context: GatewayContext, keys: readonly string[], field = 'periods'): Period[] {
  return keys.map((key) => {
    const period = parsePeriod(key);
    if (!period) throw apiError({ code: 'INDICATOR_QUERY.PERIOD_INVALID', kind: 'validation', field, details: { value: key } }, context.language);
    return period;
  });
}

/** The structure date asked, today (Vietnam) when none was, or INDICATOR_QUERY.DATE_INVALID. */
export function structureDateOf(context: GatewayContext, structureDate: string | null | undefined): string {
  if (structureDate === undefined || structureDate === null) return today();
  if (!isIsoDate(structureDate)) {
    throw apiError({ code: 'INDICATOR_QUERY.DATE_INVALID', kind: 'validation', field: 'structureDate', details: { value: structureDate } }, context.language);
  }
  return structureDate;
}

/** Waits (bounded) until the indicator facts show the writes the request's tokens name; the core waited for the other read models. */
export async function waitForFacts(checkpoints: ReportingCheckpoints, context: GatewayContext): Promise<void> {
  const positions = context.consistencyTokens.map(parseConsistencyToken).filter((position) => position !== undefined);
  await Promise.all(positions.map((position) => checkpoints.waitFor(position.streamId, position.version, FACTS_WAIT_MS)));
}

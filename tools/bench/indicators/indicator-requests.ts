import { signAccessToken } from '@tn/shared-auth';

/** `indicatorValues` as the benchmark asks it, over HTTP, with an analyst's token over every province. */

export const INDICATOR_VALUES = `query Values($i: [ID!]!, $p: [String!]!, $u: [ID!]!, $s: String) {
  indicatorValues(indicatorIds: $i, periods: $p, unitIds: $u, structureDate: $s) { indicatorId unitId period value numerator denominator }
}`;

export interface ValueRow {
  indicatorId: string;
  unitId: string;
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

export interface IndicatorAsk {
  indicatorIds: readonly string[];
  period: string;
  unitIds: readonly string[];
  structureDate: string;
}

/** A country analyst: reads every province's subtree, no person's data (an account id and grants only). */
export const analystTokenOf = (secret: string, provinceIds: readonly string[]) =>
  signAccessToken(
    { sub: 'bi-analyst', sid: 'bench-indicators', kind: 'cadre', grants: provinceIds.map((unitId) => ({ role: 'analyst', unitId })) },
    Buffer.from(secret, 'base64'),
    new Date(),
    4 * 3600,
  );

export async function indicatorValues(url: string, token: string, ask: IndicatorAsk): Promise<ValueRow[]> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: INDICATOR_VALUES, variables: { i: ask.indicatorIds, p: [ask.period], u: ask.unitIds, s: ask.structureDate } }),
  });
  const body = (await response.json()) as { data?: { indicatorValues: ValueRow[] }; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`HTTP ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  return body.data.indicatorValues;
}

/** The country's values: one request per group of roots, all at once. */
export async function countryValues(url: string, token: string, ask: Omit<IndicatorAsk, 'unitIds'>, requests: readonly string[][]): Promise<ValueRow[]> {
  return (await Promise.all(requests.map((unitIds) => indicatorValues(url, token, { ...ask, unitIds })))).flat();
}

import type { DemoDataset } from './demo-dataset';
import { GatewayError, post } from './check-network';
import { REPORTING_DEMO_QUERY } from './demo-reporting';

/** The account that reads the province's figures: Lào Cai's provincial union manager. */
const READER = 'demo.tinhdoan';
/** Every 2025 activity of the demo recorded by Lào Cai's units (the reporting demo's six): what shows the facts have arrived. */
const ACTIVITIES_2025 = 6;

interface Value {
  indicatorId: string;
  code: string;
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  target: number | null;
  targetYear: number | null;
}

const VALUES_QUERY = `query($ids: [ID!]!, $periods: [String!]!, $units: [ID!]!) {
  indicatorValues(indicatorIds: $ids, periods: $periods, unitIds: $units) { indicatorId code period value numerator denominator target targetYear }
}`;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const figure = (value: number | null) => (value === null ? '—' : Number.isInteger(value) ? String(value) : value.toFixed(1));

/** One line per indicator: its 2025 and 2026 values (numerator/denominator where it is a ratio) against their targets. */
function tableOf(values: Value[]): string[] {
  const cell = (value: Value | undefined) => {
    if (!value) return '';
    const parts = value.denominator !== null ? ` (${figure(value.numerator)}/${figure(value.denominator)})` : '';
    const target = value.target !== null ? ` → ${figure(value.target)} by ${value.targetYear}` : '';
    return `${figure(value.value)}${parts}${target}`;
  };
  const codes = [...new Set(values.map((value) => value.code))];
  return [
    `${'indicator'.padEnd(8)} ${'2025'.padEnd(28)} 2026`,
    ...codes.map((code) => {
      const of = (period: string) => values.find((value) => value.code === code && value.period === period);
      return `${code.padEnd(8)} ${cell(of('Y2025')).padEnd(28)} ${cell(of('Y2026'))}`;
    }),
  ];
}

/**
 * Lào Cai's K1–K5 and plan indicators for 2025 and 2026, read through the gateway as the
 * province's manager (restated to today's structure: Y Tý carries the 2025 history of the two
 * communes merged into it). Waits, up to `waitMs`, until the indicator facts show the demo's 2025
 * activities; the lines are the table to print, the problems what did not show.
 */
export async function seeIndicatorsThroughGateway(
  graphqlUrl: string,
  dataset: DemoDataset,
  options: { waitMs: number },
): Promise<{ lines: string[]; problems: string[] }> {
  const password = dataset.accounts.find((account) => account.username === READER)?.password ?? '';
  const { signIn } = await post<{ signIn: { accessToken: string } }>(
    graphqlUrl,
    'mutation($username: String!, $password: String!) { signIn(username: $username, password: $password) { accessToken } }',
    { username: READER, password },
  );
  const deadline = Date.now() + options.waitMs;
  const variables = { ids: [...REPORTING_DEMO_QUERY.indicatorIds], periods: [...REPORTING_DEMO_QUERY.periods], units: [REPORTING_DEMO_QUERY.unitId] };
  try {
    for (;;) {
      try {
        const { indicatorValues } = await post<{ indicatorValues: Value[] }>(graphqlUrl, VALUES_QUERY, variables, signIn.accessToken);
        const recorded2025 = indicatorValues.find((value) => value.indicatorId === 'k2' && value.period === 'Y2025')?.numerator ?? 0;
        if (recorded2025 >= ACTIVITIES_2025) return { lines: tableOf(indicatorValues), problems: [] };
        if (Date.now() >= deadline)
          return { lines: tableOf(indicatorValues), problems: [`K2 for 2025 counts ${recorded2025} recorded activities, not the demo's ${ACTIVITIES_2025}`] };
      } catch (error) {
        if (Date.now() >= deadline)
          return { lines: [], problems: [`${READER} cannot read the indicators: ${error instanceof GatewayError ? error.message : (error as Error).name}`] };
      }
      await pause(1_000);
    }
  } finally {
    await post(graphqlUrl, 'mutation { signOut { id } }', {}, signIn.accessToken).catch(() => undefined);
  }
}

/**
 * A small GraphQL mutation load kit (used by the chaos suite, reusable for rate benchmarks):
 * sign in with a demo account, send mutations open-loop at a given rate with an Idempotency-Key
 * each, classify every answer as ok / unknown / refused, keep latencies, and retry unknown keys
 * with the same key until they are definitive. For example (tools/chaos/workload.ts makes specs):
 *
 *   const session = await signIn(url, demoCredentials('demo.tinhdoan'));
 *   const records = await runOpenLoop({ url, session, ratePerSecond: 10, make: (seq) => spec(seq) }, 30_000);
 *   await settleUnknown({ url, session }, records);
 *   const { ok, unknown, okLatency } = summarise(records);
 */
export { codeOf, type GqlError, type GqlRequest, type GqlResponse, postGraphql } from './gql';
export { classifyFailure, classifyResponse, type Outcome, type OutcomeKind, UNKNOWN_CODES } from './outcome';
export { demoCredentials, type LoadSession, signIn } from './session';
export {
  attempt,
  type Attempt,
  finalOf,
  firstOf,
  type KeyRecord,
  type LoadTarget,
  type MutationSpec,
  OpenLoop,
  type OpenLoopOptions,
  runOpenLoop,
  settleUnknown,
  type SettleOptions,
} from './load';
export { latencySummary, type LatencySummary, type LoadSummary, percentile, summarise } from './stats';

export { type InfraSource, type InfraUrls, testInfraUrls } from './infra/infra-urls';
export { resolveInfra, type ResolvedInfra } from './infra/resolve-infra';
export { workspaceRoot } from './infra/paths';
export { composeEnvironment, readComposeFile } from './harness/compose';
export { isolatedSuite, type IsolatedSuite } from './harness/isolation';
export { describeServiceFoundation } from './harness/service-foundation';
export { expectServiceBootsReadyWithMetrics, expectStartupRefused, runMainWith } from './harness/service-checks';
export {
  fetchReadiness,
  type ReadinessBody,
  type RunningService,
  startServiceUnderTest,
  TEST_AUTH_TOKEN_SECRET,
  TEST_CERTIFICATE_KEYS,
  waitUntilReady,
} from './harness/service-harness';
export { hostAndPort, TcpGate } from './harness/tcp-gate';

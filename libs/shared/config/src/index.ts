export { ConfigError, type ConfigProblem } from './config-error';
export { Base64Key32, EnvBoolean, EnvInteger, EnvList } from './env-decorators';
export { loadConfig } from './load-config';
export { EventSourcedServiceConfig, LOG_LEVELS, metricsPortOf, RUNTIME_MODES, ServiceConfig } from './service-config';

export { ConfigError } from './config-error';
export { Base64Key32, EnvBoolean, EnvInteger, EnvList } from './env-decorators';
export { loadConfig } from './load-config';
export { EventSourcedServiceConfig, metricsPortOf, ServiceConfig } from './service-config';

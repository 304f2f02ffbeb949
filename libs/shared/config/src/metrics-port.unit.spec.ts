import { ConfigError } from './config-error';
import { loadConfig } from './load-config';
import { metricsPortOf, ServiceConfig } from './service-config';

class AppConfig extends ServiceConfig {
  override HTTP_PORT = 3000;
  override MONGO_DATABASE = 'tn_app';
}

const base = { KAFKA_BROKERS: 'localhost:9092', MONGO_URL: 'mongodb://localhost:27017' };
const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig('app', AppConfig, { ...base, ...env });
    return [];
  } catch (error) {
    return [...new Set((error as ConfigError).problems.map((p) => p.variable))];
  }
};

describe('METRICS_PORT', () => {
  it('defaults to HTTP_PORT + 6000 on 127.0.0.1', () => {
    const config = loadConfig('app', AppConfig, base);
    expect([metricsPortOf(config), config.METRICS_HOST]).toEqual([9000, '127.0.0.1']);
    expect(metricsPortOf(loadConfig('app', AppConfig, { ...base, HTTP_PORT: '3101' }))).toBe(9101);
  });

  it('takes a port of its own, or 0 for any free port', () => {
    expect(metricsPortOf(loadConfig('app', AppConfig, { ...base, METRICS_PORT: '9464' }))).toBe(9464);
    expect(metricsPortOf(loadConfig('app', AppConfig, { ...base, METRICS_PORT: '0' }))).toBe(0);
  });

  it('refuses the public port, a non-number and a port out of range', () => {
    expect(problemsOf({ METRICS_PORT: '3000' })).toEqual(['METRICS_PORT']);
    expect(problemsOf({ METRICS_PORT: 'nine' })).toEqual(['METRICS_PORT']);
    expect(problemsOf({ METRICS_PORT: '70000' })).toEqual(['METRICS_PORT']);
  });
});

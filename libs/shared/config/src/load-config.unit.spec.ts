import { IsBoolean } from 'class-validator';
import { ConfigError } from './config-error';
import { EnvBoolean } from './env-decorators';
import { loadConfig } from './load-config';
import { ServiceConfig } from './service-config';

class ExampleConfig extends ServiceConfig {
  override MONGO_DATABASE = 'tn_example';
  override HTTP_PORT = 3999;

  @EnvBoolean()
  @IsBoolean({ message: 'must be true or false' })
  FEATURE_ENABLED = false;
}

const validEnv = {
  KAFKA_BROKERS: '127.0.0.1:9092, kafka-2:9093',
  MONGO_URL: 'mongodb://127.0.0.1:27017/',
};

function problemsFor(env: Record<string, string | undefined>) {
  try {
    loadConfig('example', ExampleConfig, env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected the configuration to be rejected');
}

describe('loadConfig', () => {
  it('reads variables, converts types and applies the service defaults', () => {
    const config = loadConfig('example', ExampleConfig, { ...validEnv, HTTP_PORT: '4100', FEATURE_ENABLED: 'yes' });
    expect(config.KAFKA_BROKERS).toEqual(['127.0.0.1:9092', 'kafka-2:9093']);
    expect(config.HTTP_PORT).toBe(4100);
    expect(config.MONGO_DATABASE).toBe('tn_example');
    expect(config.LOG_LEVEL).toBe('info');
    expect(config.FEATURE_ENABLED).toBe(true);
  });

  it('ignores unrelated environment variables', () => {
    const config = loadConfig('example', ExampleConfig, { ...validEnv, PATH: '/bin' });
    expect(Object.keys(config)).not.toContain('PATH');
  });

  it('names every missing required variable', () => {
    expect(problemsFor({})).toEqual([
      { variable: 'KAFKA_BROKERS', problem: 'is required but not set' },
      { variable: 'MONGO_URL', problem: 'is required but not set' },
    ]);
  });

  it('treats an empty value as missing', () => {
    expect(problemsFor({ ...validEnv, MONGO_URL: '  ' })).toEqual([{ variable: 'MONGO_URL', problem: 'is required but not set' }]);
  });

  it('names each bad value with what was wrong', () => {
    const problems = problemsFor({
      ...validEnv,
      KAFKA_BROKERS: 'localhost',
      HTTP_PORT: '70000',
      LOG_LEVEL: 'loud',
      FEATURE_ENABLED: 'maybe',
    });
    expect(problems.map((p) => p.variable).sort()).toEqual(['FEATURE_ENABLED', 'HTTP_PORT', 'KAFKA_BROKERS', 'LOG_LEVEL']);
    expect(problems.find((p) => p.variable === 'KAFKA_BROKERS')?.problem).toContain('host:port');
    expect(problems.find((p) => p.variable === 'HTTP_PORT')?.problem).toContain('65535');
  });

  it('puts the variable names into the error message a person reads', () => {
    expect(() => loadConfig('registry', ExampleConfig, { KAFKA_BROKERS: '127.0.0.1:9092' })).toThrow(
      /registry: invalid configuration[\s\S]*MONGO_URL: is required but not set/,
    );
  });
});

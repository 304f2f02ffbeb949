import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { ConfigError, type ConfigProblem } from './config-error';

type Environment = Record<string, string | undefined>;

/**
 * Read a service's configuration from the environment into a validated class instance.
 * Property names of the class are the environment variable names, so each variable is named
 * once. Empty strings count as missing, so `FOO=` falls back to the default or is reported.
 */
export function loadConfig<T extends object>(service: string, schema: ClassConstructor<T>, env: Environment = process.env): T {
  const defined = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const config = plainToInstance(schema, defined, {
    exposeDefaultValues: true,
    excludeExtraneousValues: false,
  });
  const errors = validateSync(config, { whitelist: true, forbidUnknownValues: true });
  if (errors.length > 0) throw new ConfigError(service, errors.flatMap(toProblems));
  return Object.freeze(config);
}

function toProblems(error: ValidationError): ConfigProblem[] {
  const messages = Object.values(error.constraints ?? {});
  if (error.value === undefined) {
    return [{ variable: error.property, problem: 'is required but not set' }];
  }
  return messages.map((problem) => ({ variable: error.property, problem }));
}

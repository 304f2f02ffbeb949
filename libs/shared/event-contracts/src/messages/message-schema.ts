import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { isErased } from '../personal-data';

/**
 * A message's one schema: a class whose fields carry class-validator decorators. Its instance
 * type is the message's TypeScript type, so the check and the type cannot drift apart.
 */
export type MessageClass<T extends object = object> = new () => T;

export interface SchemaProblem {
  /** Path of the field, for example `formation.composition.localYouth`. */
  field: string;
  problem: string;
  /** The field is absent (rather than present with a wrong value). */
  missing: boolean;
}

/** Null means absent, as it always has for optional fields: drop null-valued keys, deeply. */
export function withoutNulls<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutNulls) as T;
  if (typeof value !== 'object' || value === null || isErased(value)) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([, field]) => field !== null && field !== undefined)
      .map(([key, field]) => [key, withoutNulls(field)]),
  ) as T;
}

export const UNKNOWN_FIELD = 'is not part of this message';

const valueAt = (data: unknown, path: string[]): unknown =>
  path.reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), data);

/** Whether the value at `path`, or a part holding it (an erased guardian's name), was erased. */
const withinErased = (data: unknown, path: string[]): boolean => path.some((_, index) => isErased(valueAt(data, path.slice(0, index + 1))));

/**
 * Checks data against a message class: every declared field by its decorators, and no field
 * the class does not declare. With `erasedPasses` (stored events), a value erased with its
 * subject's key (domain.md §8) passes whatever its field's rule, so history stays readable after
 * an erasure; anywhere else (a command's payload) the marker is a wrong value like any other.
 */
export function checkMessage(schema: MessageClass, data: unknown, options: { erasedPasses?: boolean } = {}): SchemaProblem[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return [{ field: '(data)', problem: 'must be an object', missing: data === undefined || data === null }];
  }
  const instance = plainToInstance(schema, data);
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: false });
  const problems = flatten(errors, []).filter((problem) => !(options.erasedPasses && withinErased(data, problem.field.split('.'))));
  // Declared fields first (in their order), then the fields the message does not know.
  return [...problems.filter((p) => p.problem !== UNKNOWN_FIELD), ...problems.filter((p) => p.problem === UNKNOWN_FIELD)];
}

function flatten(errors: readonly ValidationError[], parent: string[]): SchemaProblem[] {
  return errors.flatMap((error) => {
    const path = [...parent, error.property];
    const own = Object.entries(error.constraints ?? {})
      .slice(0, 1)
      .map(([rule, message]) => ({
        field: path.join('.'),
        problem: rule === 'whitelistValidation' ? UNKNOWN_FIELD : message.replace(new RegExp(`^${error.property} `), ''),
        missing: error.value === undefined && rule !== 'whitelistValidation',
      }));
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/** A copy of `data` without the fields at `paths` (dotted, as problems name them). */
export function withoutFields<T>(data: T, paths: readonly string[]): T {
  const copy = structuredClone(data);
  for (const path of paths) {
    const keys = path.split('.');
    const parent = valueAt(copy, keys.slice(0, -1));
    if (typeof parent === 'object' && parent !== null) delete (parent as Record<string, unknown>)[keys[keys.length - 1]!];
  }
  return copy;
}

import mongoose from 'mongoose';
import type { ReadModelIndex } from '@tn/shared-event-bus';

/**
 * The proof, by real traffic, that every query the gateway sends to its read models is served by
 * an index (issue 12): the e2e harness records each query of the gateways' connections through
 * mongoose's debug hook, and `unindexedQueries` checks them against the indexes the projections
 * declare (ReadModelIndexes.declared(), what the gateway creates). Its other collections
 * (checkpoints, auth changes, aliases, parked events, subject keys) declare none: there, only
 * `_id` serves.
 */

type Filter = Record<string, unknown>;

/** A query as recorded: where it went, its filter's shape (values replaced by `?`), who sent it. */
export interface RecordedQuery {
  collection: string;
  method: string;
  /** The filter's fields and operators; `{}` when the query reads the whole collection. */
  filter: Filter;
  /** Frames of the gateway's code that sent it (first seen), e.g. `PeopleDirectory.cadresIn (libs/…/people-directory.ts:59)`. */
  callers: string[];
}

/** One index a read model declares on its collection (as ReadModelIndexes.declared() lists them). */
export interface DeclaredIndex {
  collection: string;
  index: ReadModelIndex;
}

export interface IndexCheckOptions {
  /** Collections read whole on purpose (a short list of definitions): an empty filter passes there. */
  readWhole?: readonly string[];
}

/** Conditions an index can seek or scan on; `$ne`, `$nin`, `$not`, `$exists` and the like are not counted. */
const INDEX_OPERATORS = new Set(['$eq', '$in', '$gt', '$gte', '$lt', '$lte', '$regex', '$all', '$elemMatch']);

const isPlainObject = (value: unknown): value is Filter =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof RegExp) && !(value instanceof Date);
const isOperatorObject = (value: unknown): value is Filter => isPlainObject(value) && Object.keys(value).some((key) => key.startsWith('$'));

/** The fields the filter's conditions let an index serve: plain equality, `$in`, ranges, `$regex`, `$elemMatch`, and those of its `$and` clauses. */
function servableFields(filter: Filter): Set<string> {
  const fields = new Set<string>();
  for (const [key, condition] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(condition)) {
      for (const clause of condition) if (isPlainObject(clause)) for (const field of servableFields(clause)) fields.add(field);
    } else if (key.startsWith('$')) {
      continue; // $or is taken branch by branch below; $nor, $expr, $where cannot use an index
    } else if (!isOperatorObject(condition)) {
      fields.add(key); // equality (a value, a sub-document or a regular expression)
    } else if (Object.keys(condition).some((operator) => INDEX_OPERATORS.has(operator))) {
      fields.add(key);
      const elemMatch = condition['$elemMatch'];
      if (isPlainObject(elemMatch)) for (const field of servableFields(elemMatch)) fields.add(`${key}.${field}`);
    }
  }
  return fields;
}

/** The `$or` lists of the filter and of its `$and` clauses. */
function disjunctionsOf(filter: Filter): Filter[][] {
  const own = Array.isArray(filter['$or']) ? [filter['$or'].filter(isPlainObject)] : [];
  const nested = Array.isArray(filter['$and']) ? filter['$and'].filter(isPlainObject).flatMap(disjunctionsOf) : [];
  return [...own, ...nested];
}

/**
 * Whether an index serves the filter: it names `_id`, or the leading field of a declared index
 * (a compound index serves a query on its prefix), or it is an `$or` whose every branch is served
 * (each with the conditions around the `$or`): MongoDB then reads one index per branch.
 */
export function isServed(filter: Filter, leadingFields: ReadonlySet<string>, around: ReadonlySet<string> = new Set()): boolean {
  const fields = new Set([...around, ...servableFields(filter)]);
  if (fields.has('_id') || [...fields].some((field) => leadingFields.has(field))) return true;
  return disjunctionsOf(filter).some((branches) => branches.length > 0 && branches.every((branch) => isServed(branch, leadingFields, fields)));
}

/** A rebuild's shadow collection (`gw_registry_units__lq3k2`) answers to its read model's declarations. */
export const readModelOf = (collection: string): string => collection.replace(/__[a-z0-9]+$/, '');

/** The recorded queries no index serves, each with why (the fields it filters on). */
export function unindexedQueries(recorded: readonly RecordedQuery[], declarations: readonly DeclaredIndex[], options: IndexCheckOptions = {}): RecordedQuery[] {
  const leadingByCollection = new Map<string, Set<string>>();
  for (const { collection, index } of declarations) {
    const [leading] = Object.keys(index);
    if (leading === undefined) continue;
    leadingByCollection.set(collection, (leadingByCollection.get(collection) ?? new Set()).add(leading));
  }
  return recorded.filter((query) => {
    const collection = readModelOf(query.collection);
    if (Object.keys(query.filter).length === 0) return !options.readWhole?.includes(collection);
    return !isServed(query.filter, leadingByCollection.get(collection) ?? new Set());
  });
}

/** One line per query: collection, method, filter shape, callers. */
export const describeQueries = (queries: readonly RecordedQuery[]): string =>
  queries.map((query) => `${query.collection}.${query.method}(${JSON.stringify(query.filter)}) from ${query.callers.join(' | ') || 'unknown'}`).join('\n');

/** The filter's structure with every value replaced by `?` (no personal data kept, identical queries merge). */
export function shapeOf(filter: unknown): Filter {
  if (!isPlainObject(filter)) return {};
  const shape: Filter = {};
  for (const [key, value] of Object.entries(filter)) {
    if ((key === '$and' || key === '$or' || key === '$nor') && Array.isArray(value)) shape[key] = value.map(shapeOf);
    else if (key === '$elemMatch' || key === '$not') shape[key] = isOperatorObject(value) || key === '$elemMatch' ? shapeOf(value) : '?';
    else if (isOperatorObject(value)) shape[key] = shapeOf(value);
    else shape[key] = '?';
  }
  return shape;
}

const FILTER_FIRST = new Set([
  'find',
  'findOne',
  'countDocuments',
  'count',
  'updateOne',
  'updateMany',
  'replaceOne',
  'deleteOne',
  'deleteMany',
  'findOneAndUpdate',
  'findOneAndDelete',
  'findOneAndReplace',
]);

/** The filters a collection method's arguments carry (none for inserts, index builds, drops). */
export function filtersOf(method: string, args: readonly unknown[]): unknown[] {
  if (FILTER_FIRST.has(method)) return [args[0] ?? {}];
  if (method === 'distinct') return [args[1] ?? {}];
  if (method === 'aggregate') {
    const [first] = Array.isArray(args[0]) ? (args[0] as unknown[]) : [];
    return [isPlainObject(first) && isPlainObject(first['$match']) ? first['$match'] : {}];
  }
  if (method === 'bulkWrite' && Array.isArray(args[0])) {
    return (args[0] as unknown[])
      .flatMap((operation) =>
        isPlainObject(operation)
          ? Object.values(operation)
              .filter(isPlainObject)
              .map((op) => op['filter'])
          : [],
      )
      .filter((filter) => filter !== undefined);
  }
  return [];
}

/** The frames of the project's own code in the current stack, nearest first, as `function (path:line)` from `libs/` or `apps/`. */
function callersHere(): string {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 40;
  const stack = new Error().stack ?? '';
  Error.stackTraceLimit = limit;
  const frames: string[] = [];
  for (const line of stack.split('\n')) {
    const [, name, path] = /at (?:async )?(?:(\S+) \()?.*?[/\\]((?:libs|apps)[/\\][^:)]+:\d+)/.exec(line) ?? [];
    if (path === undefined || path.includes('query-index-check') || path.includes('node_modules')) continue;
    frames.push(name ? `${name} (${path})` : path);
  }
  return frames.slice(0, 3).join(' < ');
}

/**
 * Records the queries sent to the databases it is told to watch (the gateway's), through
 * mongoose's debug hook, which every collection method of every connection of this mongoose
 * calls with its arguments; kept by connection, so that a test's own reads of the database are
 * told apart from the gateway's. Queries by the driver's own handles (`connection.db.collection`:
 * the rate limiter's counters) do not pass through it.
 */
export class QueryRecorder {
  private readonly watched = new Set<string>();
  private readonly byConnection = new Map<object, { database: string; queries: Map<string, RecordedQuery> }>();
  private hooked = false;

  watch(database: string): void {
    this.watched.add(database);
    if (this.hooked) return;
    this.hooked = true;
    const record = (connection: { name?: string }, collection: string, method: string, args: unknown[]) => {
      if (connection.name !== undefined && this.watched.has(connection.name)) this.record(connection, connection.name, collection, method, args);
    };
    // A function, not an arrow: mongoose calls it with the collection as `this`.
    mongoose.set('debug', function (this: { conn?: { name?: string } }, collection: string, method: string, ...args: unknown[]) {
      if (this.conn) record(this.conn, collection, method, args);
    });
  }

  /** The queries the connections sent, once each by collection, method and filter shape (the instances' together); stops watching the database. */
  take(database: string, connections: readonly object[]): RecordedQuery[] {
    this.watched.delete(database);
    const merged = new Map<string, RecordedQuery>();
    for (const connection of connections) {
      for (const [key, query] of this.byConnection.get(connection)?.queries ?? []) {
        const seen = merged.get(key);
        if (seen) seen.callers.push(...query.callers.filter((caller) => !seen.callers.includes(caller)));
        else merged.set(key, { ...query, callers: [...query.callers] });
      }
    }
    for (const [connection, recorded] of this.byConnection) if (recorded.database === database) this.byConnection.delete(connection);
    return [...merged.values()];
  }

  private record(connection: object, database: string, collection: string, method: string, args: unknown[]): void {
    const { queries } = this.byConnection.get(connection) ?? { database, queries: new Map<string, RecordedQuery>() };
    this.byConnection.set(connection, { database, queries });
    for (const filter of filtersOf(method, args)) {
      const shape = shapeOf(filter);
      const key = `${collection} ${method} ${JSON.stringify(shape)}`;
      const query = queries.get(key) ?? { collection, method, filter: shape, callers: [] };
      queries.set(key, query);
      if (query.callers.length < 3) {
        const caller = callersHere();
        if (caller && !query.callers.includes(caller)) query.callers.push(caller);
      }
    }
  }
}

import mongoose from 'mongoose';
import type { ReadModelIndex } from '@tn/shared-event-bus';

/**
 * The proof, by real traffic, that every query the gateway sends to its read models is served by
 * an index on any document store (issues 12 and 13): the e2e harness records each query of the
 * gateways' connections through mongoose's debug hook, and `unindexedQueries` checks them against
 * the indexes the projections declare (ReadModelIndexes.declared(), what the gateway creates). Its
 * other collections (checkpoints, auth changes, aliases, parked events, subject keys) declare
 * none: there, only `_id` serves.
 *
 * Served means what FerretDB can hand to its backend's index: a top-level equality (a field, not
 * a dotted path, equal to a plain value) on `_id` or on the leading field of a declared index.
 * Everything else (`$or`, `$regex`, ranges, `$exists`, dotted paths, an equality inside `$and`) it
 * evaluates itself over every document that part selected, so it passes only beside such an
 * equality (the few documents it selects), never alone (the whole collection). `$in` and `$nin`
 * fail even there: several ids are read one equality query each.
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

/** A recorded query no index serves, and why. */
interface UnservedQuery extends RecordedQuery {
  reason: string;
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

/** Operators over a list of values: refused anywhere in a filter. */
const LIST_OPERATORS: ReadonlySet<string> = new Set(['$in', '$nin']);

const isPlainObject = (value: unknown): value is Filter =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof RegExp) && !(value instanceof Date);
const isOperatorObject = (value: unknown): value is Filter => isPlainObject(value) && Object.keys(value).some((key) => key.startsWith('$'));

/** The first of the operators the filter shape uses anywhere (in its clauses and operator objects too). */
function usesAny(shape: unknown, operators: ReadonlySet<string>): string | undefined {
  if (Array.isArray(shape)) return shape.map((item) => usesAny(item, operators)).find((found) => found !== undefined);
  if (!isPlainObject(shape)) return undefined;
  for (const [key, value] of Object.entries(shape)) {
    const found = operators.has(key) ? key : usesAny(value, operators);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The fields a filter shape compares for equality with a plain value at its top level: what FerretDB pushes down. */
const pushedDownFields = (shape: Filter): string[] =>
  Object.entries(shape)
    .filter(([key, value]) => !key.startsWith('$') && !key.includes('.') && value === '?')
    .map(([key]) => key);

/**
 * Why no index serves the filter shape (undefined when one does): a list operator anywhere, or no
 * top-level equality on `_id` or on a field a declared index leads with.
 */
function whyUnserved(shape: Filter, leadingFields: ReadonlySet<string>): string | undefined {
  const listOperator = usesAny(shape, LIST_OPERATORS);
  if (listOperator !== undefined) return `${listOperator} is evaluated over every document: one equality query per value instead`;
  if (pushedDownFields(shape).some((field) => field === '_id' || leadingFields.has(field))) return undefined;
  return 'no top-level equality on _id or on an indexed field beside its other conditions: every document is read';
}

/** A rebuild's shadow collection (`gw_registry_units__lq3k2`) answers to its read model's declarations. */
export const readModelOf = (collection: string): string => collection.replace(/__[a-z0-9]+$/, '');

/** The recorded queries no index serves, each with why. */
export function unindexedQueries(recorded: readonly RecordedQuery[], declarations: readonly DeclaredIndex[], options: IndexCheckOptions = {}): UnservedQuery[] {
  const leadingByCollection = new Map<string, Set<string>>();
  for (const { collection, index } of declarations) {
    const [leading] = Object.keys(index);
    if (leading === undefined) continue;
    leadingByCollection.set(collection, (leadingByCollection.get(collection) ?? new Set()).add(leading));
  }
  return recorded.flatMap((query) => {
    const collection = readModelOf(query.collection);
    if (Object.keys(query.filter).length === 0) return options.readWhole?.includes(collection) ? [] : [{ ...query, reason: 'reads the whole collection' }];
    const reason = whyUnserved(query.filter, leadingByCollection.get(collection) ?? new Set());
    return reason === undefined ? [] : [{ ...query, reason }];
  });
}

/** One line per query: collection, method, filter shape, why it is not served (when known), callers. */
export const describeQueries = (queries: readonly (RecordedQuery & { reason?: string })[]): string =>
  queries
    .map(
      (query) =>
        `${query.collection}.${query.method}(${JSON.stringify(query.filter)})${query.reason ? ` (${query.reason})` : ''} from ${query.callers.join(' | ') || 'unknown'}`,
    )
    .join('\n');

/**
 * A field's value in a filter's shape: `?` for a plain value (what an equality pushed down
 * compares), else its kind, which FerretDB does not push down: `null`, `[?]` for a list, `{?}` for
 * a sub-document, `{ $regex: '?' }` for a regular expression.
 */
function valueShape(value: unknown): unknown {
  if (value === null) return 'null';
  if (Array.isArray(value)) return '[?]';
  if (value instanceof RegExp) return { $regex: '?' };
  // An ObjectId or a Date is a plain value; only a literal object is a sub-document.
  if (isPlainObject(value) && [Object.prototype, null].includes(Object.getPrototypeOf(value))) return '{?}';
  return '?';
}

/** The filter's structure with every value replaced by `?` or its kind (no personal data kept, identical queries merge). */
export function shapeOf(filter: unknown): Filter {
  if (!isPlainObject(filter)) return {};
  const shape: Filter = {};
  for (const [key, value] of Object.entries(filter)) {
    if ((key === '$and' || key === '$or' || key === '$nor') && Array.isArray(value)) shape[key] = value.map(shapeOf);
    else if (key === '$elemMatch' || key === '$not') shape[key] = isOperatorObject(value) || key === '$elemMatch' ? shapeOf(value) : '?';
    else if (isOperatorObject(value)) shape[key] = shapeOf(value);
    else shape[key] = key.startsWith('$') ? '?' : valueShape(value);
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

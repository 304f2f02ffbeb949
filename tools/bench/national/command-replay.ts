import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { BSON, type Document, type MongoClient } from 'mongodb';
import { sleep } from '../bench-kit';

/**
 * One GraphQL request's reads as the gateway sent them (recorded by record-commands.ts), replayed
 * with the plain driver: the limit a gateway read is measured against. Reads that the gateway
 * sent together (started before any of them answered) form a wave and are replayed together;
 * waves follow each other, as they depended on each other. Writes (the rate limiter's counters)
 * and cursor bookkeeping are left out: a `find` is replayed whole, its getMores included.
 */

export interface RecordedRead {
  database: string;
  collection: string;
  name: string;
  command: Document;
  /** What the gateway's own command took (the driver's measure). */
  ms: number;
}

const READS = new Set(['find', 'aggregate', 'count', 'distinct']);

interface LogLine {
  recording?: boolean;
  at?: number;
  started?: number;
  succeeded?: number;
  failed?: number;
  database?: string;
  name?: string;
  command?: Document;
  ms?: number;
}

const linesOf = (path: string): LogLine[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => BSON.EJSON.parse(line, { relaxed: true }) as LogLine);

const switchesIn = (path: string) => {
  try {
    return linesOf(path).filter((line) => line.recording !== undefined).length;
  } catch {
    return 0; // not written yet
  }
};

/** Switches the gateway's recording on or off (record-commands.ts) and waits until it says so in the log. */
export async function toggleRecording(path: string, timeoutMs = 10_000): Promise<void> {
  const expected = switchesIn(path) + 1;
  if (existsSync(`${path}.on`)) rmSync(`${path}.on`);
  else writeFileSync(`${path}.on`, '');
  const deadline = Date.now() + timeoutMs;
  while (switchesIn(path) < expected) {
    if (Date.now() > deadline) throw new Error(`the gateway did not acknowledge recording (${path})`);
    await sleep(20);
  }
}

/** The reads recorded between the last two switches of the log, in waves. */
export function lastRecordedWaves(path: string): RecordedRead[][] {
  const lines = linesOf(path);
  const switches = lines.flatMap((line, index) => (line.recording !== undefined ? [index] : []));
  const [on, off] = switches.slice(-2);
  if (on === undefined || off === undefined) throw new Error('no recording found');
  const window = lines.slice(on + 1, off);
  const duration = new Map(window.flatMap((line) => (line.succeeded !== undefined ? [[line.succeeded, line.ms ?? NaN] as const] : [])));
  const waves: RecordedRead[][] = [];
  let wave: RecordedRead[] = [];
  let answeredSinceWaveStart = false;
  for (const line of window) {
    if (line.succeeded !== undefined || line.failed !== undefined) {
      answeredSinceWaveStart = true;
      continue;
    }
    if (line.started === undefined || !READS.has(line.name ?? '')) continue;
    if (answeredSinceWaveStart && wave.length > 0) {
      waves.push(wave);
      wave = [];
    }
    answeredSinceWaveStart = false;
    const command = line.command!;
    wave.push({ database: line.database!, collection: String(command[line.name!]), name: line.name!, command, ms: duration.get(line.started) ?? NaN });
  }
  if (wave.length > 0) waves.push(wave);
  return waves;
}

/** Replays one recorded read with the plain driver. */
export async function replayRead(client: MongoClient, read: RecordedRead): Promise<void> {
  const collection = client.db(read.database).collection(read.collection);
  const { command } = read;
  switch (read.name) {
    case 'find': {
      const options: Document = {};
      for (const key of ['sort', 'limit', 'skip', 'projection', 'hint', 'batchSize'] as const) if (command[key] !== undefined) options[key] = command[key];
      await collection.find(command['filter'] ?? {}, options).toArray();
      return;
    }
    case 'aggregate':
      await collection.aggregate(command['pipeline'] as Document[]).toArray();
      return;
    default: {
      const { lsid: _lsid, $db: _db, $clusterTime: _clusterTime, $readPreference: _readPreference, ...plain } = command;
      await client.db(read.database).command(plain);
    }
  }
}

/** Replays a request's waves: each wave's reads together, the waves in turn. */
export async function replayRequest(client: MongoClient, waves: readonly RecordedRead[][]): Promise<void> {
  for (const wave of waves) await Promise.all(wave.map((read) => replayRead(client, read)));
}

/** A read's shape for the report: collection, method and filter fields (values left out). */
export function describeRead(read: RecordedRead): string {
  const filter = (read.command['filter'] ?? read.command['query'] ?? {}) as Document;
  const shape = (value: unknown): string => {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof RegExp) return '?';
    const entries = Object.entries(value as Document);
    if (entries.length > 0 && entries.every(([key]) => key.startsWith('$'))) return `{ ${entries.map(([key]) => `${key}: ?`).join(', ')} }`;
    return '?';
  };
  const fields = Object.entries(filter).map(([key, value]) => `${key}: ${shape(value)}`);
  return `${read.collection}.${read.name}({ ${fields.join(', ')} })${read.command['limit'] ? ` limit ${read.command['limit']}` : ''}`;
}

export interface CommandTally {
  command: string;
  count: number;
  /** Summed time the server took (the driver's measure), in ms. */
  ms: number;
}

/** Every command of the last recording window, counted by collection and command name, dearest first. */
export function tallyLastWindow(path: string): { windowMs: number; tallies: CommandTally[] } {
  const lines = linesOf(path);
  const switches = lines.flatMap((line, index) => (line.recording !== undefined ? [index] : []));
  const [on, off] = switches.slice(-2);
  if (on === undefined || off === undefined) throw new Error('no recording found');
  const window = lines.slice(on + 1, off);
  const names = new Map<number, string>();
  const tallies = new Map<string, CommandTally>();
  for (const line of window) {
    if (line.started !== undefined) {
      const collection = line.command?.[line.name ?? ''];
      names.set(line.started, `${line.name}${typeof collection === 'string' ? ` ${collection}` : ''}`);
    } else if (line.succeeded !== undefined || line.failed !== undefined) {
      const name = names.get((line.succeeded ?? line.failed)!) ?? 'unknown';
      const tally = tallies.get(name) ?? { command: name, count: 0, ms: 0 };
      tally.count++;
      tally.ms += line.ms ?? 0;
      tallies.set(name, tally);
    }
  }
  const times = window.flatMap((line) => (line.at !== undefined ? [line.at] : []));
  const windowMs = times.length > 1 ? Math.max(...times) - Math.min(...times) : 0;
  return { windowMs, tallies: [...tallies.values()].sort((a, b) => b.ms - a.ms) };
}

import type { MongoClient } from 'mongodb';
import { autocannon, percentile } from '../bench-kit';
import { describeRead, lastRecordedWaves, type RecordedRead, replayRead, replayRequest, toggleRecording } from './command-replay';

/**
 * The GraphQL reads a cadre uses most, each beside its limit: the same request's reads replayed
 * with the plain driver (command-replay.ts), at the same concurrency for the same time.
 */

export interface ReadQuery {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** The connection field the query answers (for its totalCount). */
  field: string;
}

export interface ReadFigure {
  name: string;
  totalCount: number | null;
  reads: number;
  gateway: { rps: number; p50: number; p99: number; done: number; bad: number };
  raw: { rps: number; p50: number; p99: number; done: number };
  /** The request's slowest read replayed alone (median of 5), and its shape. */
  slowest?: { read: string; ms: number };
}

export interface GatewayHandle {
  url: string;
  token: string;
  commandLog: string;
}

async function post(gateway: GatewayHandle, query: ReadQuery): Promise<{ data?: Record<string, { totalCount?: number } | null>; errors?: unknown[] }> {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${gateway.token}` },
    body: JSON.stringify({ query: query.query, variables: query.variables }),
  });
  return (await response.json()) as never;
}

/** The reads one request makes, recorded in the gateway while it serves nothing else. */
async function recordReads(gateway: GatewayHandle, query: ReadQuery): Promise<RecordedRead[][]> {
  await toggleRecording(gateway.commandLog);
  await post(gateway, query);
  await toggleRecording(gateway.commandLog);
  return lastRecordedWaves(gateway.commandLog);
}

async function rawLoad(client: MongoClient, waves: RecordedRead[][], connections: number, seconds: number) {
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        await replayRequest(client, waves);
        latencies.push(performance.now() - started);
      }
    }),
  );
  return {
    rps: Math.round((latencies.length / seconds) * 10) / 10,
    p50: Math.round(percentile(latencies, 50)),
    p99: Math.round(percentile(latencies, 99)),
    done: latencies.length,
  };
}

async function slowestRead(client: MongoClient, waves: RecordedRead[][]): Promise<{ read: string; ms: number } | undefined> {
  let slowest: { read: string; ms: number } | undefined;
  for (const read of waves.flat()) {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await replayRead(client, read);
      times.push(performance.now() - started);
    }
    const ms = Math.round(percentile(times, 50) * 10) / 10;
    if (!slowest || ms > slowest.ms) slowest = { read: describeRead(read), ms };
  }
  return slowest;
}

export async function measureReads(
  gateway: GatewayHandle,
  client: MongoClient,
  queries: ReadQuery[],
  options: { connections: number; seconds: number; log: (line: string) => void },
): Promise<ReadFigure[]> {
  const figures: ReadFigure[] = [];
  for (const query of queries) {
    const answer = await post(gateway, query);
    if (answer.errors || !answer.data?.[query.field]) throw new Error(`${query.name}: ${JSON.stringify(answer.errors ?? answer)}`);
    const waves = await recordReads(gateway, query);
    const reads = waves.flat().length;
    const result = await autocannon({
      url: gateway.url,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${gateway.token}` },
      body: JSON.stringify({ query: query.query, variables: query.variables }),
      connections: options.connections,
      duration: options.seconds,
      timeout: 60,
    });
    const raw = await rawLoad(client, waves, options.connections, options.seconds);
    const slowest = await slowestRead(client, waves);
    const figure: ReadFigure = {
      name: query.name,
      totalCount: answer.data[query.field]?.totalCount ?? null,
      reads,
      gateway: {
        rps: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        done: result.requests.total,
        bad: result.errors + result.timeouts + result.non2xx,
      },
      raw,
      ...(slowest ? { slowest } : {}),
    };
    figures.push(figure);
    options.log(
      `${query.name}: totalCount ${figure.totalCount}, ${reads} reads in ${waves.length} waves; gateway ${figure.gateway.rps} req/s p50 ${figure.gateway.p50} p99 ${figure.gateway.p99} ms; raw ${raw.rps} req/s p50 ${raw.p50} p99 ${raw.p99} ms; slowest read ${slowest?.read ?? '-'} ${slowest?.ms ?? ''} ms`,
    );
  }
  return figures;
}

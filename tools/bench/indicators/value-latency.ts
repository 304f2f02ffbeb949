import { randomUUID } from 'node:crypto';
import { ACTIVITY_STREAM_TYPE, activityStreamId } from '@tn/campaigns-contracts';
import type { MongoEventStore } from '@tn/shared-event-store';
import { percentile, sleep } from '../bench-kit';
import { ids, type NationalShape } from '../national/national-shape';
import { indicatorIds } from './indicator-shape';
import { type IndicatorAsk, indicatorValues, type ValueRow } from './indicator-requests';

/**
 * One new event → the updated value: an activity proposed by a commune, appended to the seeded
 * campaigns store (its outbox relay in this process publishes it at once, as latency.ts does),
 * then `indicatorValues` for that commune asked again and again until K2's and K3's counts show
 * it (both count every activity of the period). Timed from the append's start to the first
 * answer that differs. One sample at a time, each in another commune, on an otherwise idle gateway.
 */

export interface ValueLatency {
  samples: number;
  /** Append start → the first answer showing the activity. */
  total: { p50: number; p99: number; max: number };
  append: { p50: number; p99: number };
  /** Requests per sample until the value moved (each a whole `indicatorValues`). */
  polls: { p50: number; max: number };
  /** One such request, while polling. */
  request: { p50: number; p99: number };
  timedOut: number;
}

const fingerprint = (rows: readonly ValueRow[]) => JSON.stringify(rows.map((row) => [row.indicatorId, row.numerator, row.denominator, row.value]));

export async function measureValueLatency(options: {
  url: string;
  token: string;
  store: MongoEventStore;
  shape: NationalShape;
  period: string;
  structureDate: string;
  samples: number;
  timeoutMs: number;
  log: (line: string) => void;
}): Promise<ValueLatency> {
  const { shape } = options;
  const year = options.period.slice(1, 5);
  const totals: number[] = [];
  const appends: number[] = [];
  const polls: number[] = [];
  const requests: number[] = [];
  let timedOut = 0;
  for (let i = 0; i < options.samples; i++) {
    // Communes spread over the provinces (commune c lies in province c % 34).
    const c = (i * 37) % shape.communes;
    const communeId = ids.commune(c);
    const ask: IndicatorAsk = { indicatorIds: ['k2', 'k3'], period: options.period, unitIds: [communeId], structureDate: options.structureDate };
    const before = fingerprint(await indicatorValues(options.url, options.token, ask));
    const activityId = `bi-lat-${i}-${randomUUID().slice(0, 8)}`;
    const started = performance.now();
    await options.store.append({
      streamId: activityStreamId(activityId),
      streamType: ACTIVITY_STREAM_TYPE,
      expectedVersion: 0,
      commandId: randomUUID(),
      events: [
        {
          type: 'ActivityProposed',
          data: {
            activityId,
            name: `Hoạt động đo độ trễ chỉ tiêu ${i}`,
            campaignId: ids.communeCampaign(c, 0),
            organiserUnitId: communeId,
            domains: ['urban-civility'],
            location: { unitId: communeId, flags: { ethnicMinority: false, mountainous: false, border: false, island: false } },
            responsibleCadreId: indicatorIds.communeCadre(c),
            initiator: 'union',
            proposedOn: `${year}-06-15`,
          },
        },
      ],
      metadata: {
        actor: { kind: 'system', id: 'bench-indicators' },
        correlationId: randomUUID(),
        causationId: randomUUID(),
        occurredAt: new Date().toISOString(),
      },
    });
    appends.push(performance.now() - started);
    let asked = 0;
    for (;;) {
      const requested = performance.now();
      const now = fingerprint(await indicatorValues(options.url, options.token, ask));
      requests.push(performance.now() - requested);
      asked++;
      if (now !== before) {
        totals.push(performance.now() - started);
        polls.push(asked);
        break;
      }
      if (performance.now() - started > options.timeoutMs) {
        timedOut++;
        options.log(`sample ${i}: ${communeId}'s values did not move in ${options.timeoutMs / 1000}s`);
        break;
      }
      await sleep(5);
    }
  }
  return {
    samples: totals.length,
    total: { p50: percentile(totals, 50), p99: percentile(totals, 99), max: Math.round(Math.max(...totals)) },
    append: { p50: percentile(appends, 50), p99: percentile(appends, 99) },
    polls: { p50: percentile(polls, 50), max: Math.max(...polls) },
    request: { p50: percentile(requests, 50), p99: percentile(requests, 99) },
    timedOut,
  };
}

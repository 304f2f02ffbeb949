import { randomUUID } from 'node:crypto';
import type { DomainEvent, EventMetadata } from '@tn/shared-event-contracts';

/**
 * What the national dataset's generators share: the input a seeded commit is made from, and
 * deterministic draws by index (the same run seeds the same country, and no generator needs the
 * draws of another).
 */

export interface SeedInput {
  streamId: string;
  streamType: string;
  expectedVersion: number;
  commandId: string;
  events: DomainEvent[];
  metadata: EventMetadata;
  /** For a stream continued across appendBatch calls (see MongoEventStore.appendBatch). */
  previousCommitId?: string | null;
  afterPosition?: number;
}

export const SYLLABLES = [
  'Lào',
  'Phú',
  'Hòa',
  'Bình',
  'Tân',
  'An',
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Sơn',
  'Thủy',
  'Long',
  'Mỹ',
  'Thạnh',
  'Hưng',
  'Phước',
  'Quang',
  'Trung',
  'Vĩnh',
  'Xuân',
  'Đức',
  'Hải',
  'Lộc',
];
/** A well-mixed 32-bit hash of an index (what a seeded random draw would give, without its order). */
export function mix(n: number, salt = 0): number {
  let x = (n ^ Math.imul(salt + 1, 0x9e3779b9)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}
export const pick = <T>(items: readonly T[], n: number, salt: number): T => items[mix(n, salt) % items.length]!;
export const pad2 = (n: number) => String(n).padStart(2, '0');
/** Day `offset` after `from` (YYYY-MM-DD). */
export const dayAfter = (from: string, offset: number) => new Date(Date.parse(`${from}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

export const metadataOn = (occurredAt: string, unitScope: string): EventMetadata => ({
  actor: { kind: 'system', id: 'national-seed' },
  correlationId: randomUUID(),
  causationId: randomUUID(),
  occurredAt,
  unitScope,
});

export const flagsOf = (n: number) => ({
  ethnicMinority: mix(n, 1) % 5 === 0,
  mountainous: mix(n, 2) % 4 === 0,
  border: mix(n, 3) % 12 === 0,
  island: mix(n, 4) % 40 === 0,
});

import type { Collection } from 'mongoose';
import type { EventEnvelope } from '@tn/shared-event-contracts';
import { encodeEvent } from '../event-message';
import { applyInStreamOrder } from './apply-in-stream-order';
import type { CapturedMessage } from './captured-message';
import { eventToProject } from './event-to-project';
import type { PoisonMessageError } from './poison-message-error';
import { defineProjection } from './projection-definition';
import type { ProjectingContext, ProjectionTarget } from './projection-target';
import type { StoredReadModelDocument } from './read-model-document';

// The ordering rules against in-memory stand-ins for the three collections involved.

class MemoryCollection {
  readonly docs = new Map<string, StoredReadModelDocument>();
  constructor(readonly collectionName: string) {}
  async findOne({ _id }: { _id: string }) {
    const doc = this.docs.get(_id);
    return doc ? structuredClone(doc) : null;
  }
  async insertOne(doc: StoredReadModelDocument) {
    if (this.docs.has(doc._id)) throw Object.assign(new Error('E11000 duplicate key'), { code: 11000 });
    this.docs.set(doc._id, structuredClone(doc));
  }
  async replaceOne(filter: { _id: string; _rev: unknown }, doc: StoredReadModelDocument) {
    if (!this.matches(filter)) return { matchedCount: 0 };
    this.docs.set(filter._id, structuredClone(doc));
    return { matchedCount: 1 };
  }
  async deleteOne(filter: { _id: string; _rev: unknown }) {
    return { deletedCount: this.matches(filter) && this.docs.delete(filter._id) ? 1 : 0 };
  }
  private matches({ _id, _rev }: { _id: string; _rev: unknown }) {
    const doc = this.docs.get(_id);
    return doc !== undefined && (typeof _rev === 'number' ? doc._rev === _rev : doc._rev === undefined);
  }
}

function memoryContext() {
  const cursors = new Map<string, number>();
  const parked = new Map<string, CapturedMessage>();
  const deadLetters: { message: CapturedMessage; error: PoisonMessageError }[] = [];
  let failNextFind = false;
  const context: ProjectingContext = {
    cursors: {
      lastVersion: async (collection, streamId) => cursors.get(`${collection}|${streamId}`) ?? 0,
      advance: async (collection, streamId, version) => {
        const key = `${collection}|${streamId}`;
        if ((cursors.get(key) ?? 0) === version - 1) cursors.set(key, version);
      },
    },
    parked: {
      park: async (collection, streamId, version, message) => void parked.set(`${collection}|${streamId}|${version}`, message),
      find: async (collection, streamId, version) => {
        if (failNextFind) {
          failNextFind = false;
          throw Object.assign(new Error('connection reset'), { name: 'MongoNetworkError' });
        }
        return parked.get(`${collection}|${streamId}|${version}`) ?? null;
      },
      remove: async (collection, streamId, version) => void parked.delete(`${collection}|${streamId}|${version}`),
    },
    reveal: async (envelope) => envelope,
    deadLetter: async (message, error) => void deadLetters.push({ message, error }),
  };
  return { context, cursors, parked, deadLetters, crashOnNextParkedLookup: () => (failNextFind = true) };
}

let position = 0;
const event = (streamId: string, streamVersion: number, type: string, data: Record<string, unknown> = {}): EventEnvelope => ({
  eventId: `e-${++position}`,
  type,
  schemaVersion: 1,
  streamId,
  streamType: 'volunteer',
  streamVersion,
  position,
  occurredAt: '2026-01-01T00:00:00.000Z',
  recordedAt: '2026-01-01T00:00:00.000Z',
  actor: { kind: 'system', id: 'test' },
  correlationId: 'c',
  causationId: 'c',
  data,
});

// Hours per volunteer; records the order it saw events in. Refuses negative hours.
const seen: string[] = [];
const hours = defineProjection<{ hours: number }>({
  name: 'hours',
  collection: 'volunteer_hours',
  handles: ['HoursLogged', 'VolunteerLeft'],
  documentId: (e) => (typeof e.data['volunteerId'] === 'string' ? e.data['volunteerId'] : undefined),
  evolve: (doc, e) => {
    seen.push(`${e.streamId}@${e.streamVersion}`);
    if (e.type === 'VolunteerLeft') return null;
    const logged = Number(e.data['hours']);
    if (logged < 0) throw new Error(`negative hours ${logged}`);
    return { hours: (doc?.hours ?? 0) + logged };
  },
});
const logged = (streamId: string, version: number, volunteerId: string, h: number) => event(streamId, version, 'HoursLogged', { volunteerId, hours: h });

describe('applying events to a read model in stream order', () => {
  let collection: MemoryCollection;
  let target: ProjectionTarget;
  let memory: ReturnType<typeof memoryContext>;
  const deliver = (envelope: EventEnvelope) => {
    const message: CapturedMessage = { topic: 't', partition: 0, offset: String(envelope.position), ...encodeEvent(envelope) };
    return applyInStreamOrder(target, eventToProject(message, memory.context.reveal), memory.context);
  };
  const doc = (id: string) => collection.docs.get(id);

  beforeEach(() => {
    seen.length = 0;
    collection = new MemoryCollection('volunteer_hours');
    target = { projection: hours, collection: collection as unknown as Collection };
    memory = memoryContext();
  });

  it('applies the next version and skips a duplicate', async () => {
    expect(await deliver(logged('volunteer-a', 1, 'a', 3))).toBe('applied');
    const again = logged('volunteer-a', 1, 'a', 3);
    expect(await deliver(again)).toBe('duplicate');
    expect(doc('a')).toEqual({ _id: 'a', hours: 3, _versions: { 'volunteer-a': 1 }, _rev: 1 });
  });

  it('holds back an event that came before its predecessor, then applies both in order', async () => {
    await deliver(logged('volunteer-a', 1, 'a', 1));
    expect(await deliver(logged('volunteer-a', 3, 'a', 100))).toBe('parked');
    expect(doc('a')?.['hours']).toBe(1);
    expect(await deliver(logged('volunteer-a', 2, 'a', 10))).toBe('applied');
    expect(seen).toEqual(['volunteer-a@1', 'volunteer-a@2', 'volunteer-a@3']);
    expect(doc('a')).toMatchObject({ hours: 111, _versions: { 'volunteer-a': 3 } });
    expect(memory.parked.size).toBe(0);
  });

  it('is not stalled by events of the stream it does not handle', async () => {
    await deliver(logged('volunteer-a', 1, 'a', 2));
    expect(await deliver(event('volunteer-a', 2, 'VolunteerPhoneChanged', { volunteerId: 'a' }))).toBe('passed');
    expect(await deliver(logged('volunteer-a', 3, 'a', 5))).toBe('applied');
    expect(doc('a')).toMatchObject({ hours: 7, _versions: { 'volunteer-a': 3 } });
  });

  it('keeps versions per stream in a document several streams feed', async () => {
    await deliver(logged('shift-1', 1, 'a', 4));
    await deliver(logged('shift-2', 1, 'a', 6));
    await deliver(logged('shift-1', 1, 'a', 4));
    expect(doc('a')).toMatchObject({ hours: 10, _versions: { 'shift-1': 1, 'shift-2': 1 }, _rev: 2 });
  });

  it('deletes the document when evolve returns null, and does not bring it back on a re-delivery', async () => {
    await deliver(logged('volunteer-a', 1, 'a', 2));
    expect(await deliver(event('volunteer-a', 2, 'VolunteerLeft', { volunteerId: 'a' }))).toBe('applied');
    expect(doc('a')).toBeUndefined();
    expect(await deliver(logged('volunteer-a', 1, 'a', 2))).toBe('duplicate');
    expect(doc('a')).toBeUndefined();
  });

  it('releases parked events on a re-delivery when a crash struck right after the predecessor was taken', async () => {
    await deliver(logged('volunteer-a', 1, 'a', 1));
    const second = logged('volunteer-a', 2, 'a', 10);
    await deliver(logged('volunteer-a', 3, 'a', 100));
    memory.crashOnNextParkedLookup();
    await expect(deliver(second)).rejects.toThrow('connection reset');
    expect(doc('a')?.['hours']).toBe(11); // v2 is in, v3 still parked
    expect(await deliver(second)).toBe('duplicate'); // the offset was not committed: delivered again
    expect(doc('a')?.['hours']).toBe(111);
  });

  it('refuses a poison event and keeps the stream waiting behind it', async () => {
    await deliver(logged('volunteer-a', 1, 'a', 1));
    await expect(deliver(logged('volunteer-a', 2, 'a', -5))).rejects.toThrow('hours cannot apply HoursLogged: negative hours -5');
    expect(await deliver(logged('volunteer-a', 3, 'a', 100))).toBe('parked');
    expect(doc('a')?.['hours']).toBe(1);
  });

  it('dead-letters a parked event that proves poison when its turn comes', async () => {
    await deliver(logged('volunteer-a', 1, 'a', 1));
    await deliver(logged('volunteer-a', 3, 'a', -100));
    await deliver(logged('volunteer-a', 2, 'a', 10));
    expect(memory.deadLetters.map(({ message, error }) => [message.headers['stream-version'], error.message])).toEqual([
      ['3', 'hours cannot apply HoursLogged: negative hours -100'],
    ]);
    expect(memory.parked.size).toBe(0);
    expect(doc('a')?.['hours']).toBe(11);
  });

  it('passes an event that touches no document, keeping the order', async () => {
    expect(await deliver(event('volunteer-b', 1, 'HoursLogged', { hours: 1 }))).toBe('passed');
    expect(await deliver(logged('volunteer-b', 2, 'b', 4))).toBe('applied');
    expect(collection.docs.size).toBe(1);
  });
});

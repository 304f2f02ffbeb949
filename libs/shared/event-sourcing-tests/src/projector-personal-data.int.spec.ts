import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import type { Collection } from 'mongoose';
import { applyEvent, defineProjection, encodeEvent, ensureTopics, projectEnvelope, Projector, readDeadLetters, ReadModelAliases } from '@tn/shared-event-bus';
import { type EventEnvelope, isErased, PERSONAL_DATA_ERASED } from '@tn/shared-event-contracts';
import { PersonalDataEraser } from '@tn/shared-event-store';
import { isolatedSuite } from '@tn/shared-testing';
import { eventually } from './fixtures/projection-fixtures';
import { metadata, openStore, type StoreFixture } from './fixtures/store-fixture';
import { volunteerEventTypes } from './fixtures/volunteer';

interface DirectoryDoc {
  fullName?: string;
  phone?: string;
  homeUnitId?: string;
  erased?: boolean;
  phoneChanges?: number;
  /** Phone changes that arrived as the ERASED marker (revealed after the key was destroyed). */
  erasedPhones?: number;
}

const real = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * A volunteer directory holding names and phones. Like the gateway's read models it keeps an
 * erased document erased, and never stores the ERASED marker. `purge` is its purge update.
 */
const directory = (collection: string, options: { purge?: Record<string, unknown>; refuse?: (event: EventEnvelope) => boolean } = {}) =>
  defineProjection<DirectoryDoc>({
    name: collection,
    collection,
    handles: ['VolunteerRegistered', 'VolunteerPhoneChanged'],
    documentId: (event) => String(event.data['volunteerId']),
    evolve: (doc, event) => {
      if (options.refuse?.(event)) throw new Error(`refused ${event.type} v${event.streamVersion}`);
      const phone = real(event.data['phone']);
      if (event.type === 'VolunteerRegistered') {
        const fullName = real(event.data['fullName']);
        return { ...(fullName ? { fullName } : {}), ...(phone ? { phone } : {}), homeUnitId: String(event.data['homeUnitId']), erased: false };
      }
      if (!doc) throw new Error('VolunteerPhoneChanged before VolunteerRegistered');
      return {
        ...doc,
        ...(phone && !doc.erased ? { phone } : {}),
        phoneChanges: (doc.phoneChanges ?? 0) + 1,
        erasedPhones: (doc.erasedPhones ?? 0) + (isErased(event.data['phone']) ? 1 : 0),
      };
    },
    purgeSubject: async (target, subjectId) => {
      await target.updateOne(
        { _id: subjectId as never },
        options.purge ?? { $unset: { fullName: '', phone: '' }, $set: { erased: true }, $inc: { _purges: 1 } },
      );
    },
  });

let position = 1;
const envelope = (streamId: string, streamVersion: number, type: string, data: Record<string, unknown>): EventEnvelope => ({
  eventId: randomUUID(),
  type,
  schemaVersion: 1,
  streamId,
  streamType: streamId.split('-')[0]!,
  streamVersion,
  position: position++,
  occurredAt: '2025-07-01T00:00:00.000Z',
  recordedAt: '2025-07-01T00:00:00.000Z',
  actor: { kind: 'system', id: 'test' },
  correlationId: 'c',
  causationId: 'c',
  data,
});

describe('projector and personal data (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('projector personal data');
  const kafka = new Kafka({ clientId: 'projector-personal-data-test', brokers: suite.kafkaBrokers, logLevel: logLevel.NOTHING });
  const producer = kafka.producer();
  let fixture: StoreFixture;
  const running: Projector[] = [];

  beforeAll(async () => {
    fixture = await openStore(suite, volunteerEventTypes);
    await producer.connect();
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((projector) => projector.stop()));
  });
  afterAll(async () => {
    await producer.disconnect();
    await fixture.close();
    await suite.cleanUp();
  });

  /** Every document of every collection, as raw JSON: where plaintext must not survive. */
  const leaks = async (plaintexts: string[]) => {
    const db = fixture.connection.db!;
    const found: string[] = [];
    for (const { name } of await db.listCollections().toArray()) {
      const raw = JSON.stringify(await db.collection(name).find({}).toArray());
      for (const text of plaintexts) if (raw.includes(text)) found.push(`${name}: ${text}`);
    }
    return found;
  };

  /** A collection whose first `findOne` runs `meanwhile` after reading, before the caller sees the result. */
  const purgedAfterFirstRead = (collection: Collection, meanwhile: () => Promise<void>): Collection => {
    let pending: (() => Promise<void>) | undefined = meanwhile;
    return new Proxy(collection, {
      get(target, property, receiver) {
        if (property !== 'findOne') return Reflect.get(target, property, receiver) as unknown;
        return async (...args: unknown[]) => {
          const document: unknown = await (target.findOne as (...a: unknown[]) => Promise<unknown>).apply(target, args);
          const run = pending;
          pending = undefined;
          await run?.();
          return document;
        };
      },
    });
  };

  describe('an erasure racing a write of the same document', () => {
    // The purge comes from the subject's stream (another partition, consumed concurrently): it
    // lands between the volunteer partition's read of the document and its write.
    it.each([
      ['states the purge count itself', undefined],
      ['leaves the purge count to the projector', { $unset: { fullName: '', phone: '' }, $set: { erased: true } }],
    ])('does not write the purged data back (a purge that %s)', async (_, purge) => {
      const name = `race_directory_${purge ? 'implicit' : 'explicit'}`;
      const projection = directory(name, purge ? { purge } : {});
      const connection = fixture.connection;
      const collection = connection.collection(name);
      const stream = 'volunteer-vol-mai';
      await applyEvent(
        connection,
        collection,
        projection,
        envelope(stream, 1, 'VolunteerRegistered', { volunteerId: 'vol-mai', fullName: 'Sùng Thị Mai', phone: '0988111222', homeUnitId: 'unit-sa-pa' }),
      );
      expect(await collection.findOne({ _id: 'vol-mai' as never })).toMatchObject({ fullName: 'Sùng Thị Mai', phone: '0988111222' });

      const erased = envelope('subject-vol-mai', 1, PERSONAL_DATA_ERASED, { subjectId: 'vol-mai' });
      const purgeMeanwhile = async () => {
        await projectEnvelope(connection, new ReadModelAliases(connection), [projection], erased);
      };
      // Revealed before the key was destroyed: the new phone is in the clear.
      const phoneChanged = envelope(stream, 2, 'VolunteerPhoneChanged', { volunteerId: 'vol-mai', phone: '0988333444' });
      expect(await applyEvent(connection, purgedAfterFirstRead(collection, purgeMeanwhile), projection, phoneChanged)).toBe('applied');

      const raw = await collection.findOne({ _id: 'vol-mai' as never });
      expect(raw).toMatchObject({ erased: true, homeUnitId: 'unit-sa-pa', phoneChanges: 1, _purges: 1, _versions: { [stream]: 2 } });
      expect(raw).not.toHaveProperty('fullName');
      expect(raw).not.toHaveProperty('phone');
      expect(await leaks(['Sùng Thị Mai', '0988111222', '0988333444'])).toEqual([]);
    });
  });

  describe('events parked behind a gap', () => {
    const append = async (streamId: string, expectedVersion: number, type: string, data: Record<string, unknown>) =>
      fixture.store.append({ streamId, streamType: 'volunteer', expectedVersion, commandId: randomUUID(), events: [{ type, data }], metadata: metadata() });
    /** The Kafka message of a commit as the relay publishes it: personal fields encrypted. */
    const messageOf = async (commitId: string) => {
      const commit = await fixture.store.commits.findOne({ _id: commitId });
      const [stored] = fixture.store.storedEnvelopesOf(commit!);
      return encodeEvent(stored!);
    };
    const topicFor = async (name: string) => {
      const topic = `${suite.topicPrefix}${name}`;
      await ensureTopics(kafka, [topic], { partitions: 1, keepForever: true });
      return topic;
    };
    const start = async (groupId: string, topic: string, projection: ReturnType<typeof directory>) => {
      const projector = new Projector({
        kafka,
        connection: fixture.connection,
        groupId,
        topics: [topic],
        projections: [projection],
        reveal: (event) => fixture.store.reveal(event),
      });
      running.push(projector);
      await projector.start();
    };

    it('are kept encrypted, so erasure shreds them, and apply (erased) once the gap fills', async () => {
      const topic = await topicFor('parked-erasure');
      const name = 'parked_directory';
      const stream = 'volunteer-vol-lan';
      const v1 = await append(stream, 0, 'VolunteerRegistered', {
        volunteerId: 'vol-lan',
        fullName: 'Lò Thị Lan',
        phone: '0911000001',
        homeUnitId: 'unit-muong-khuong',
      });
      const v2 = await append(stream, 1, 'VolunteerPhoneChanged', { volunteerId: 'vol-lan', phone: '0911000002' });
      const v3 = await append(stream, 2, 'VolunteerPhoneChanged', { volunteerId: 'vol-lan', phone: '0911000003' });
      const parked = () => fixture.connection.collection('projector_parked').countDocuments({ _id: { $regex: `^${name}\\|` } as never });
      const doc = () => fixture.connection.collection(name).findOne({ _id: 'vol-lan' as never });

      await producer.send({ topic, acks: -1, messages: [await messageOf(v1.commitId), await messageOf(v3.commitId)] }); // v2 missing
      await start(`${suite.topicPrefix}parked-erasure`, topic, directory(name));
      await eventually('v1 applied and v3 parked', async () => (await doc()) !== null && (await parked()) === 1);
      expect(await doc()).toMatchObject({ fullName: 'Lò Thị Lan', phone: '0911000001' });

      const erasure = await new PersonalDataEraser(fixture.store, fixture.keys, fixture.snapshots).erase('vol-lan', metadata());
      await producer.send({ topic, acks: -1, messages: [await messageOf(erasure.commitId)] });
      await eventually('the purge', async () => (await doc())?.['erased'] === true);
      expect(await leaks(['Lò Thị Lan', '0911000001', '0911000002', '0911000003'])).toEqual([]);

      await producer.send({ topic, acks: -1, messages: [await messageOf(v2.commitId)] });
      await eventually('v2 and the parked v3 applied', async () => (await doc())?.['phoneChanges'] === 2);
      const raw = await doc();
      expect(raw).toMatchObject({ erased: true, erasedPhones: 2, homeUnitId: 'unit-muong-khuong', _versions: { [stream]: 3 } });
      expect(raw).not.toHaveProperty('phone');
      expect(raw).not.toHaveProperty('fullName');
      expect(await parked()).toBe(0);
      expect(await leaks(['Lò Thị Lan', '0911000001', '0911000002', '0911000003'])).toEqual([]);
    });

    it('are dead-lettered in their original (encrypted) form when they fail once drained', async () => {
      const topic = await topicFor('parked-poison');
      const groupId = `${suite.topicPrefix}parked-poison`;
      const name = 'parked_poison_directory';
      const stream = 'volunteer-vol-tu';
      const v1 = await append(stream, 0, 'VolunteerRegistered', {
        volunteerId: 'vol-tu',
        fullName: 'Thào A Tú',
        phone: '0922000001',
        homeUnitId: 'unit-bac-ha',
      });
      const v2 = await append(stream, 1, 'VolunteerPhoneChanged', { volunteerId: 'vol-tu', phone: '0922000002' });
      const v3 = await append(stream, 2, 'VolunteerPhoneChanged', { volunteerId: 'vol-tu', phone: '0922000003' });
      const parked = () => fixture.connection.collection('projector_parked').countDocuments({ _id: { $regex: `^${name}\\|` } as never });
      const v3Message = await messageOf(v3.commitId);

      await producer.send({ topic, acks: -1, messages: [await messageOf(v1.commitId), v3Message] });
      await start(groupId, topic, directory(name, { refuse: (event) => event.streamVersion === 3 }));
      await eventually('v3 parked', async () => (await parked()) === 1);
      await producer.send({ topic, acks: -1, messages: [await messageOf(v2.commitId)] });
      await eventually('the drained v3 dead-lettered', async () => (await readDeadLetters(kafka, groupId)).length === 1);

      const [letter] = await readDeadLetters(kafka, groupId);
      expect(letter).toMatchObject({
        streamId: stream,
        eventType: 'VolunteerPhoneChanged',
        streamVersion: '3',
        error: expect.stringContaining('for VolunteerPhoneChanged caused by Error'),
      });
      expect(letter!.message.value?.toString()).toBe(v3Message.value);
      expect(letter!.message.value?.toString()).not.toContain('0922000003');
      expect(await parked()).toBe(0);
    });
  });
});

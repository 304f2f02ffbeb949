import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { defineProjection, eventTopicOf, OutboxRelay, Projector } from '@tn/shared-event-bus';
import { isErased } from '@tn/shared-event-contracts';
import { PersonalDataEraser } from '@tn/shared-event-store';
import { isolatedSuite } from '@tn/shared-testing';
import { eventually } from './fixtures/projection-fixtures';
import { metadata, openStore, type StoreFixture } from './fixtures/store-fixture';
import { volunteerEventTypes } from './fixtures/volunteer';

// Erasure across the whole path: event store → relay → Kafka → projector → read model.
describe('erasure reaches the read models (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('erasure pipeline');
  const context = `${suite.topicPrefix}people`;
  const kafka = new Kafka({ clientId: 'erasure-test', brokers: suite.kafkaBrokers, logLevel: logLevel.NOTHING });
  let fixture: StoreFixture;

  // A volunteer directory that shows names and phones (personal data, decrypted on projection).
  const directory = defineProjection<{ fullName?: unknown; phone?: unknown; homeUnitId?: unknown; erased?: boolean }>({
    name: 'volunteer_directory',
    collection: 'volunteer_directory',
    handles: ['VolunteerRegistered', 'VolunteerPhoneChanged'],
    documentId: (event) => String(event.data['volunteerId']),
    evolve: (doc, event) =>
      event.type === 'VolunteerRegistered'
        ? { fullName: event.data['fullName'], phone: event.data['phone'], homeUnitId: event.data['homeUnitId'] }
        : { ...doc, phone: event.data['phone'] },
    // Keep the anonymous fact (a volunteer of this unit existed), drop who it was.
    purgeSubject: async (collection, subjectId) => {
      await collection.updateOne({ _id: subjectId as never }, { $unset: { fullName: '', phone: '' }, $set: { erased: true }, $inc: { _purges: 1 } });
    },
  });

  beforeAll(async () => {
    fixture = await openStore(suite, volunteerEventTypes);
  });
  afterAll(async () => {
    await fixture.close();
    await suite.cleanUp();
  });

  it('purges the subject from read models, leaving no plaintext in any raw document', async () => {
    const relay = new OutboxRelay({ context, store: fixture.store, connection: fixture.connection, kafka, partitions: 1 });
    const projector = new Projector({
      kafka,
      connection: fixture.connection,
      groupId: `${suite.topicPrefix}directory`,
      topics: [eventTopicOf(context)],
      projections: [directory],
      reveal: (envelope) => fixture.store.reveal(envelope),
    });
    await relay.start();
    await projector.start();
    try {
      const people = [
        { volunteerId: 'vol-hoa', fullName: 'Giàng Thị Hoa', phone: '0977123456', homeUnitId: 'unit-bat-xat' },
        { volunteerId: 'vol-nam', fullName: 'Vàng A Nam', phone: '0966654321', homeUnitId: 'unit-bat-xat' },
      ];
      for (const person of people) {
        await fixture.store.append({
          streamId: `volunteer-${person.volunteerId}`,
          streamType: 'volunteer',
          expectedVersion: 0,
          commandId: randomUUID(),
          events: [{ type: 'VolunteerRegistered', data: person }],
          metadata: metadata(),
        });
      }
      const directoryDoc = (id: string) => fixture.connection.collection('volunteer_directory').findOne({ _id: id as never });
      await eventually('both volunteers projected', async () => (await directoryDoc('vol-nam')) !== null && (await directoryDoc('vol-hoa')) !== null);
      expect(await directoryDoc('vol-hoa')).toMatchObject({ fullName: 'Giàng Thị Hoa', phone: '0977123456' });

      await new PersonalDataEraser(fixture.store, fixture.keys, fixture.snapshots).erase('vol-hoa', metadata());
      await eventually('the purge', async () => (await directoryDoc('vol-hoa'))?.['erased'] === true);

      const db = fixture.connection.db!;
      for (const { name } of await db.listCollections().toArray()) {
        const raw = JSON.stringify(await db.collection(name).find({}).toArray());
        expect([name, raw.includes('Giàng Thị Hoa') || raw.includes('0977123456')]).toEqual([name, false]);
      }
      expect(await directoryDoc('vol-hoa')).toMatchObject({ homeUnitId: 'unit-bat-xat', erased: true });
      expect(await directoryDoc('vol-nam')).toMatchObject({ fullName: 'Vàng A Nam' });
      // Replaying the stored events now yields the erased marker, never the old values.
      const [registered] = (await fixture.store.readStream('volunteer-vol-hoa')).events;
      expect(isErased(registered?.data['fullName'])).toBe(true);
    } finally {
      await projector.stop();
      await relay.stop();
    }
  }, 60_000);
});

import { randomUUID } from 'node:crypto';
import { ERASED, PERSONAL_DATA_ERASED } from '@tn/shared-event-contracts';
import { PersonalDataEraser, SubjectErasedError } from '@tn/shared-event-store';
import { isolatedSuite } from '@tn/shared-testing';
import { metadata, openStore, type StoreFixture } from './fixtures/store-fixture';
import { volunteerEventTypes } from './fixtures/volunteer';

/** Every document of every collection in the database, as text. */
async function rawDatabaseText(fixture: StoreFixture): Promise<string> {
  const db = fixture.connection.db!;
  const texts: string[] = [];
  for (const { name } of await db.listCollections().toArray()) {
    texts.push(JSON.stringify(await db.collection(name).find({}).toArray()));
  }
  return texts.join('\n');
}

describe('personal data: per-subject encryption and erasure (real MongoDB-wire server)', () => {
  const suite = isolatedSuite('erasure');
  let fixture: StoreFixture;
  const mai = { volunteerId: 'vol-mai', fullName: 'Lò Thị Mai', phone: '0912000111', homeUnitId: 'unit-sa-pa' };
  const binh = { volunteerId: 'vol-binh', fullName: 'Trần Văn Bình', phone: '0903000222', homeUnitId: 'unit-sa-pa' };

  beforeAll(async () => {
    fixture = await openStore(suite, volunteerEventTypes);
    for (const volunteer of [mai, binh]) {
      await fixture.store.append({
        streamId: `volunteer-${volunteer.volunteerId}`,
        streamType: 'volunteer',
        expectedVersion: 0,
        commandId: randomUUID(),
        events: [{ type: 'VolunteerRegistered', data: volunteer }],
        metadata: metadata(),
      });
    }
    await fixture.store.append({
      streamId: 'volunteer-vol-mai',
      streamType: 'volunteer',
      expectedVersion: 1,
      commandId: randomUUID(),
      events: [{ type: 'VolunteerPhoneChanged', data: { volunteerId: 'vol-mai', phone: '0988777666' } }],
      metadata: metadata(),
    });
    await fixture.snapshots.save('volunteer-vol-mai', 'volunteer-v1', { version: 2, lastPosition: 1, state: { ...mai, phone: '0988777666' } }, ['vol-mai']);
  });
  afterAll(async () => {
    await fixture.close();
    await suite.cleanUp();
  });

  it('stores personal fields encrypted in commits and reads them back in clear for allowed code', async () => {
    const raw = JSON.stringify(await fixture.store.commits.find({}).toArray());
    for (const value of [mai.fullName, mai.phone, binh.fullName, binh.phone, '0988777666']) expect(raw).not.toContain(value);
    const { events } = await fixture.store.readStream('volunteer-vol-mai');
    expect(events.map((e) => e.data)).toEqual([mai, { volunteerId: 'vol-mai', phone: '0988777666' }]);
  });

  it('after erasure leaves no plaintext anywhere, reads return the erased marker, anonymous facts survive', async () => {
    const eraser = new PersonalDataEraser(fixture.store, fixture.keys, fixture.snapshots);
    const erasure = await eraser.erase('vol-mai', metadata());
    expect(erasure.events.map((e) => e.type)).toEqual([PERSONAL_DATA_ERASED]);

    const raw = await rawDatabaseText(fixture);
    for (const value of [mai.fullName, mai.phone, '0988777666']) expect(raw).not.toContain(value);
    expect(await fixture.snapshots.load('volunteer-vol-mai', 'volunteer-v1')).toBeUndefined();

    const { events } = await fixture.store.readStream('volunteer-vol-mai');
    expect(events[0]?.data).toEqual({ volunteerId: 'vol-mai', fullName: ERASED, phone: ERASED, homeUnitId: 'unit-sa-pa' });
    expect(events[1]?.data).toEqual({ volunteerId: 'vol-mai', phone: ERASED });
    // Someone else's data is untouched.
    expect((await fixture.store.readStream('volunteer-vol-binh')).events[0]?.data).toEqual(binh);
  });

  it('refuses to write new personal data for an erased subject, and erasing twice is harmless', async () => {
    const write = fixture.store.append({
      streamId: 'volunteer-vol-mai',
      streamType: 'volunteer',
      expectedVersion: 2,
      commandId: randomUUID(),
      events: [{ type: 'VolunteerPhoneChanged', data: { volunteerId: 'vol-mai', phone: '0911111111' } }],
      metadata: metadata(),
    });
    await expect(write).rejects.toBeInstanceOf(SubjectErasedError);
    const again = await new PersonalDataEraser(fixture.store, fixture.keys, fixture.snapshots).erase('vol-mai', metadata());
    expect(again.duplicate).toBe(true);
  });
});

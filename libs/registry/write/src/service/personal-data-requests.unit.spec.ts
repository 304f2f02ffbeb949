import { randomBytes } from 'node:crypto';
import { isUnreadableEnvelope } from '@tn/registry-contracts';
import { type EventEnvelope, streamIdOf } from '@tn/shared-event-contracts';
import { decryptValue, encryptValue, type EncryptedValue, type MongoEventStore, type PersonalDataEraser } from '@tn/shared-event-store';
import type { AccessClaims } from '@tn/shared-auth';
import { accountFrom, createUnit, viewOf } from './authorisation.test-fixtures';
import type { HierarchyView } from './hierarchy-view';
import { PersonalDataRequests } from './personal-data-requests';

const key = randomBytes(32);
const envelope = (eventId: string, fullName: EncryptedValue | string): EventEnvelope =>
  ({ eventId, type: 'VolunteerRegistered', data: { volunteerId: 'v-1', fullName } }) as unknown as EventEnvelope;
const service: AccessClaims = { sub: 'gateway', sid: 'gateway', kind: 'service', grants: [], iat: 0, exp: 0 };

/** A store that decrypts with one subject key, as the real one does; `offline` fails like a lost connection. */
function requestsWith(options: { offline?: boolean } = {}) {
  const store = {
    reveal: async (event: EventEnvelope) => {
      if (options.offline) throw Object.assign(new Error('connection reset'), { name: 'MongoNetworkError' });
      const fullName = event.data['fullName'];
      return typeof fullName === 'string' ? event : { ...event, data: { ...event.data, fullName: decryptValue(key, 'v-1', fullName as EncryptedValue) } };
    },
  } as unknown as MongoEventStore;
  return new PersonalDataRequests(store, {} as PersonalDataEraser, {} as HierarchyView, async () => accountFrom([]));
}

describe('PersonalDataRequests.reveal', () => {
  it('answers an event that cannot be decrypted with a marker in its slot, revealing the others', async () => {
    const good = envelope('e-1', encryptValue(key, 'v-1', 'Hoa'));
    const tampered = envelope('e-2', { __pd: `${encryptValue(key, 'v-1', 'Lan').__pd.slice(0, -4)}AAAA` });
    const otherSubject = envelope('e-3', encryptValue(key, 'v-2', 'Mai'));
    const unknownEncoding = envelope('e-4', { __pd: 'v9.abc' });
    const tooShort = envelope('e-5', { __pd: 'v1.AAAA' });
    const plain = envelope('e-6', 'not personal');
    const slots = await requestsWith().reveal(service, [good, tampered, otherSubject, unknownEncoding, tooShort, plain]);
    expect(slots).toEqual([
      { ...good, data: { volunteerId: 'v-1', fullName: 'Hoa' } },
      { __unreadable: true, eventId: 'e-2', reason: 'PD.UNREADABLE' },
      { __unreadable: true, eventId: 'e-3', reason: 'PD.UNREADABLE' },
      { __unreadable: true, eventId: 'e-4', reason: 'PD.UNREADABLE' },
      { __unreadable: true, eventId: 'e-5', reason: 'PD.UNREADABLE' },
      plain,
    ]);
    expect(slots.map(isUnreadableEnvelope)).toEqual([false, true, true, true, true, false]);
  });

  it('still fails the whole request on a failure that may pass, so the caller retries', async () => {
    await expect(requestsWith({ offline: true }).reveal(service, [envelope('e-1', encryptValue(key, 'v-1', 'Hoa'))])).rejects.toThrow('connection reset');
  });

  it('reveals only to platform services', async () => {
    await expect(requestsWith().reveal({ ...service, kind: 'cadre' }, [])).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe("PersonalDataRequests subject rights: an unknown person and someone else's answer alike", () => {
  // One volunteer, 'v-known', at home in province B; nobody else is held.
  const store = {
    readStream: async (streamId: string) =>
      streamId === streamIdOf('volunteer', 'v-known')
        ? {
            events: [
              {
                type: 'VolunteerRegistered',
                data: { volunteerId: 'v-known', homeUnitId: 'province-b', registeredOn: '2025-01-01', skills: [], professions: [] },
              },
            ],
            version: 1,
            lastPosition: 1,
            subjects: ['v-known'],
          }
        : { events: [], version: 0, lastPosition: 0, subjects: [] },
  } as unknown as MongoEventStore;
  const requests = async () =>
    new PersonalDataRequests(store, {} as PersonalDataEraser, await viewOf([createUnit('province-a', null), createUnit('province-b', null)]), async () =>
      accountFrom([]),
    );
  const manager = (unitId: string): AccessClaims => ({ sub: 'acc-1', sid: 's-1', kind: 'cadre', grants: [{ role: 'unit-manager', unitId }], iat: 0, exp: 0 });
  const admin: AccessClaims = { sub: 'acc-0', sid: 's-0', kind: 'cadre', grants: [{ role: 'system-admin', unitId: null }], iat: 0, exp: 0 };
  const failureOf = (promise: Promise<unknown>) =>
    promise.then(
      () => undefined,
      (error: { code: string; message: string }) => ({ code: error.code, message: error.message }),
    );

  it.each([
    ['export', (r: PersonalDataRequests, claims: AccessClaims, id: string) => r.export(claims, id)],
    ['erase', (r: PersonalDataRequests, claims: AccessClaims, id: string) => r.erase(claims, id)],
  ])("%s: another province's manager hears FORBIDDEN, word for word, for an unknown and an existing person", async (_name, act) => {
    const r = await requests();
    const unknown = await failureOf(act(r, manager('province-a'), 'v-unknown'));
    const notTheirs = await failureOf(act(r, manager('province-a'), 'v-known'));
    expect(unknown).toEqual({ code: 'FORBIDDEN', message: expect.any(String) });
    expect(unknown).toEqual(notTheirs);
  });

  it('only someone with the right everywhere learns that nobody is held under the id', async () => {
    const r = await requests();
    expect(await failureOf(r.export(admin, 'v-unknown'))).toMatchObject({ code: 'VOLUNTEER.NOT_FOUND' });
    expect(await failureOf(r.erase(admin, 'v-unknown'))).toMatchObject({ code: 'VOLUNTEER.NOT_FOUND' });
  });
});

import { randomBytes } from 'node:crypto';
import { isUnreadableEnvelope } from '@tn/registry-contracts';
import type { EventEnvelope } from '@tn/shared-event-contracts';
import { decryptValue, encryptValue, type EncryptedValue, type MongoEventStore, type PersonalDataEraser } from '@tn/shared-event-store';
import type { AccessClaims } from '@tn/shared-auth';
import { accountFrom } from './authorisation.test-fixtures';
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

import { ERASED, EventTypeRegistry } from '@tn/shared-event-contracts';
import { peopleEventTypes, registryEventTypes } from './people-event-types';

/** Which event types carry personal data, whose it is, and in which fields (domain.md §8). */
const expectedPersonalData: Record<string, { subjectField: string; fields: string[] }> = {
  CadreRegistered: { subjectField: 'cadreId', fields: ['fullName', 'email', 'phone'] },
  VolunteerRegistered: { subjectField: 'volunteerId', fields: ['fullName', 'dateOfBirth', 'phone', 'email', 'nationalId'] },
  VolunteerConsentGiven: { subjectField: 'volunteerId', fields: ['guardian'] },
  VolunteerContactChanged: { subjectField: 'volunteerId', fields: ['phone', 'email'] },
  AccountOpened: { subjectField: 'accountId', fields: ['username'] },
};

const schemaFields = (schema: Record<string, unknown>) => Object.keys(schema).map((key) => key.replace(/\?$/, ''));

describe('registry people event contracts', () => {
  const registry = new EventTypeRegistry(registryEventTypes);

  it('registers every hierarchy and people event type once, at version 1', () => {
    expect(registry.has('UnitCreated')).toBe(true);
    for (const definition of peopleEventTypes) {
      expect(registry.get(definition.type).version).toBe(1);
    }
  });

  it('declares the personal fields of each event type that carries personal data, and of no other', () => {
    const declared = Object.fromEntries(
      peopleEventTypes.filter((definition) => definition.personalData).map((definition) => [definition.type, definition.personalData]),
    );
    expect(declared).toEqual(expectedPersonalData);
  });

  it('names only fields that exist, and never encrypts the subject id', () => {
    for (const { type, schema, personalData } of peopleEventTypes) {
      if (!personalData) continue;
      const fields = schemaFields(schema);
      expect({ type, missing: personalData.fields.filter((field) => !fields.includes(field)) }).toEqual({ type, missing: [] });
      expect(fields).toContain(personalData.subjectField);
      expect(personalData.fields).not.toContain(personalData.subjectField);
    }
  });

  it('keeps ethnicity out of every volunteer and cadre event', () => {
    const fields = peopleEventTypes.flatMap((definition) => schemaFields(definition.schema));
    expect(fields.filter((field) => /ethnic/i.test(field))).toEqual([]);
  });

  it('still accepts a registration read back after erasure', () => {
    const erased = { volunteerId: 'v-1', fullName: ERASED, dateOfBirth: ERASED, phone: ERASED, email: ERASED, homeUnitId: 'ta-van', skills: [], professions: [], registeredOn: '2025-07-01' };
    expect(() => registry.assertValid('VolunteerRegistered', erased)).not.toThrow();
  });

  it('accepts a country-wide grant and refuses a session without its expiry', () => {
    expect(() => registry.assertValid('RoleGranted', { accountId: 'a-1', role: 'system-admin', unitId: null })).not.toThrow();
    expect(() =>
      registry.assertValid('SessionStarted', { accountId: 'a-1', sessionId: 's-1', refreshTokenHash: 'h', startedAt: '2025-07-01T08:00:00Z' }),
    ).toThrow('expiresAt is required');
  });
});

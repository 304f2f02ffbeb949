import { ERASED, EventTypeRegistry, InvalidEventError, type MessageClass } from '@tn/shared-event-contracts';
import { getMetadataStorage } from 'class-validator';
import { hierarchyEventTypes } from './hierarchy/hierarchy.messages';
import { peopleEventTypes, registryEventTypes } from './registry-event-types';

/** Which event types carry personal data, whose it is, and in which fields (domain.md §8). */
const expectedPersonalData: Record<string, { subjectField: string; fields: string[] }> = {
  CadreRegistered: { subjectField: 'cadreId', fields: ['fullName', 'email', 'phone'] },
  VolunteerRegistered: { subjectField: 'volunteerId', fields: ['fullName', 'dateOfBirth', 'phone', 'email', 'nationalId'] },
  VolunteerConsentGiven: { subjectField: 'volunteerId', fields: ['guardian'] },
  VolunteerContactChanged: { subjectField: 'volunteerId', fields: ['phone', 'email'] },
  AccountOpened: { subjectField: 'accountId', fields: ['username'] },
};

/** The fields an event's class declares (its inherited ones included). */
const declaredFields = (data: MessageClass) => [
  ...new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(data, '', true, false)
      .map((rule) => rule.propertyName),
  ),
];

/** The problems an event's data has against its schema (none when it is valid). */
function problemsOf(registry: EventTypeRegistry, type: string, data: unknown) {
  try {
    registry.assertValid(type, data);
    return [];
  } catch (error) {
    return (error as InvalidEventError).problems;
  }
}

describe('registry event contracts', () => {
  const registry = new EventTypeRegistry(registryEventTypes);

  describe('hierarchy', () => {
    it('accepts a unit created at the top (no parent) with its area flags', () => {
      expect(
        problemsOf(registry, 'UnitCreated', {
          unitId: 'lao-cai',
          parentId: null,
          effectiveFrom: '2025-07-01',
          nameVi: 'Tỉnh đoàn Lào Cai',
          organisation: 'union',
          levelLabel: 'Tỉnh đoàn',
          flags: { ethnicMinority: true, mountainous: true, border: true, island: false },
        }),
      ).toEqual([]);
    });

    it('rejects a merge without its successor', () => {
      expect(problemsOf(registry, 'UnitsMerged', { sourceUnitIds: ['a', 'b'], effectiveFrom: '2025-07-01' })).toEqual([
        expect.objectContaining({ field: 'successorUnitId', missing: true }),
      ]);
    });
  });

  describe('people', () => {
    it('registers every hierarchy and people event type once, at version 1', () => {
      expect(registry.has('UnitCreated')).toBe(true);
      expect(registryEventTypes).toHaveLength(hierarchyEventTypes.length + peopleEventTypes.length);
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
      for (const { type, data, personalData } of peopleEventTypes) {
        if (!personalData) continue;
        const fields = declaredFields(data);
        expect({ type, missing: personalData.fields.filter((field) => !fields.includes(field)) }).toEqual({ type, missing: [] });
        expect(fields).toContain(personalData.subjectField);
        expect(personalData.fields).not.toContain(personalData.subjectField);
      }
    });

    it('keeps ethnicity out of every volunteer and cadre event', () => {
      const fields = peopleEventTypes.flatMap((definition) => declaredFields(definition.data));
      expect(fields.length).toBeGreaterThan(20);
      expect(fields.filter((field) => /ethnic/i.test(field))).toEqual([]);
    });

    it('still accepts a registration read back after erasure, and a consent whose guardian was erased', () => {
      const erased = {
        volunteerId: 'v-1',
        fullName: ERASED,
        dateOfBirth: ERASED,
        phone: ERASED,
        email: ERASED,
        homeUnitId: 'ta-van',
        skills: [],
        professions: [],
        registeredOn: '2025-07-01',
      };
      expect(problemsOf(registry, 'VolunteerRegistered', erased)).toEqual([]);
      expect(problemsOf(registry, 'VolunteerConsentGiven', { volunteerId: 'v-1', purpose: 'registry', givenAt: '2025-07-01', guardian: ERASED })).toEqual([]);
    });

    it('accepts a country-wide grant and refuses a session without its expiry', () => {
      expect(problemsOf(registry, 'RoleGranted', { accountId: 'a-1', role: 'system-admin', unitId: null })).toEqual([]);
      expect(problemsOf(registry, 'SessionStarted', { accountId: 'a-1', sessionId: 's-1', refreshTokenHash: 'h', startedAt: '2025-07-01T08:00:00Z' })).toEqual([
        expect.objectContaining({ field: 'expiresAt', missing: true }),
      ]);
    });
  });
});

import type { EventTypeDefinition } from '@tn/shared-event-contracts';
import { hierarchyEventTypes } from './hierarchy-event-types';

const cadre = (fields: string[]) => ({ subjectField: 'cadreId', fields });
const volunteer = (fields: string[]) => ({ subjectField: 'volunteerId', fields });

/** Cadres: one stream per person. Names and contacts are personal data (domain.md §8). */
const cadreEventTypes: EventTypeDefinition[] = [
  {
    type: 'CadreRegistered',
    version: 1,
    // Optional only so that registrations recorded before it stay readable; new ones always name it.
    schema: { cadreId: 'non-empty-string', fullName: 'non-empty-string', 'email?': 'string', 'phone?': 'string', registeredOn: 'iso-date', 'registeringUnitId?': 'non-empty-string' },
    personalData: cadre(['fullName', 'email', 'phone']),
  },
  {
    type: 'CadreAppointed',
    version: 1,
    schema: {
      cadreId: 'non-empty-string',
      positionId: 'non-empty-string',
      unitId: 'non-empty-string',
      title: 'non-empty-string',
      dedicatedToVolunteerWork: 'boolean',
      termStart: 'iso-date',
      'termEnd?': 'iso-date',
    },
  },
  {
    type: 'CadreTransferred',
    version: 1,
    schema: { cadreId: 'non-empty-string', positionId: 'non-empty-string', fromUnitId: 'non-empty-string', toUnitId: 'non-empty-string', effectiveFrom: 'iso-date' },
  },
  { type: 'CadreTermEnded', version: 1, schema: { cadreId: 'non-empty-string', positionId: 'non-empty-string', endedOn: 'iso-date' } },
];

/** Volunteers: one stream per person; no ethnicity, ever. Consent times are ISO dates or date-times. */
const volunteerEventTypes: EventTypeDefinition[] = [
  {
    type: 'VolunteerRegistered',
    version: 1,
    schema: {
      volunteerId: 'non-empty-string',
      fullName: 'non-empty-string',
      dateOfBirth: 'iso-date',
      phone: 'non-empty-string',
      email: 'non-empty-string',
      'nationalId?': 'string',
      homeUnitId: 'non-empty-string',
      skills: 'string-array',
      professions: 'string-array',
      registeredOn: 'iso-date',
    },
    personalData: volunteer(['fullName', 'dateOfBirth', 'phone', 'email', 'nationalId']),
  },
  {
    type: 'VolunteerConsentGiven',
    version: 1,
    schema: { volunteerId: 'non-empty-string', purpose: 'non-empty-string', givenAt: 'non-empty-string', 'guardian?': 'object' },
    personalData: volunteer(['guardian']),
  },
  {
    type: 'VolunteerConsentWithdrawn',
    version: 1,
    schema: { volunteerId: 'non-empty-string', purpose: 'non-empty-string', withdrawnAt: 'non-empty-string' },
  },
  { type: 'VolunteerSkillsUpdated', version: 1, schema: { volunteerId: 'non-empty-string', skills: 'string-array', professions: 'string-array' } },
  {
    type: 'VolunteerContactChanged',
    version: 1,
    schema: { volunteerId: 'non-empty-string', 'phone?': 'string', 'email?': 'string' },
    personalData: volunteer(['phone', 'email']),
  },
  {
    type: 'VolunteerHomeUnitChanged',
    version: 1,
    schema: { volunteerId: 'non-empty-string', fromUnitId: 'non-empty-string', toUnitId: 'non-empty-string', effectiveFrom: 'iso-date' },
  },
];

const session = { accountId: 'non-empty-string', sessionId: 'non-empty-string' } as const;
const grant = { accountId: 'non-empty-string', role: 'non-empty-string', 'unitId?': 'string' } as const;

/** Accounts: the username is personal data; hashes are not (they are credentials, kept from read models). */
const accountEventTypes: EventTypeDefinition[] = [
  {
    type: 'AccountOpened',
    version: 1,
    schema: {
      accountId: 'non-empty-string',
      username: 'non-empty-string',
      kind: 'non-empty-string',
      'personId?': 'string',
      passwordHash: 'non-empty-string',
      openedOn: 'iso-date',
    },
    personalData: { subjectField: 'accountId', fields: ['username'] },
  },
  { type: 'RoleGranted', version: 1, schema: grant },
  { type: 'RoleRevoked', version: 1, schema: grant },
  {
    type: 'SessionStarted',
    version: 1,
    schema: { ...session, refreshTokenHash: 'non-empty-string', startedAt: 'iso-datetime', expiresAt: 'iso-datetime' },
  },
  {
    type: 'SessionRefreshed',
    version: 1,
    schema: { ...session, refreshTokenHash: 'non-empty-string', refreshedAt: 'iso-datetime', expiresAt: 'iso-datetime' },
  },
  { type: 'SessionEnded', version: 1, schema: { ...session, endedAt: 'iso-datetime', reason: 'non-empty-string' } },
  { type: 'PasswordChanged', version: 1, schema: { accountId: 'non-empty-string', passwordHash: 'non-empty-string', changedAt: 'iso-datetime' } },
  { type: 'AccountClosed', version: 1, schema: { accountId: 'non-empty-string', closedOn: 'iso-date' } },
];

/** The registry's people events as stored (schema version 1). */
export const peopleEventTypes: EventTypeDefinition[] = [...cadreEventTypes, ...volunteerEventTypes, ...accountEventTypes];

/** Every event type the registry writes. */
export const registryEventTypes: EventTypeDefinition[] = [...hierarchyEventTypes, ...peopleEventTypes];

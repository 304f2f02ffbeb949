import { commandType, eventType, IsIsoDate, IsNonEmptyText, Nested, NestedList, streamIdOf } from '@tn/shared-event-contracts';
import { IsArray, IsOptional, IsString } from 'class-validator';
import { type RegistryCommandScope, scopeOver, unitOrCountry } from '../common/command-rights';

/**
 * A volunteer (one stream per person). Volunteers are young people; ethnicity is sensitive data
 * and is never recorded per person (domain.md §8): a payload field the schema does not declare
 * (ethnicity above all) is dropped before the decider sees it. Consent times are ISO dates or
 * date-times.
 */

export const VOLUNTEER_STREAM_TYPE = 'volunteer';
export const volunteerStreamId = (volunteerId: string) => streamIdOf(VOLUNTEER_STREAM_TYPE, volunteerId);

// ---- parts ---------------------------------------------------------------------------------

/** Who consents for a minor. */
export class Guardian {
  @IsString() fullName!: string;
  @IsString() relationship!: string;
}

/** A consent as a command gives it; `givenAt` is an ISO date or date-time. */
export class ConsentInput {
  @IsString() purpose!: string;
  @IsString() givenAt!: string;
  @IsOptional() @Nested(() => Guardian) guardian?: Guardian;
}

// ---- commands ------------------------------------------------------------------------------

class VolunteerCommandPayload {
  @IsString() volunteerId!: string;
}

/** Skills, professions and consents may be absent (then none). */
export class RegisterVolunteer extends VolunteerCommandPayload {
  @IsString() fullName!: string;
  @IsString() dateOfBirth!: string;
  @IsString() phone!: string;
  @IsString() email!: string;
  @IsOptional() @IsString() nationalId?: string;
  @IsString() homeUnitId!: string;
  @IsOptional() @IsArray() @IsString({ each: true }) skills?: string[];
  @IsOptional() @IsArray() @IsString({ each: true }) professions?: string[];
  @IsOptional() @NestedList(() => ConsentInput) consents?: ConsentInput[];
  @IsString() registeredOn!: string;
}
/** `onDate` decides whether the volunteer is a minor (and so needs a guardian); the day the consent was given when absent. */
export class GiveVolunteerConsent extends VolunteerCommandPayload {
  @IsString() purpose!: string;
  @IsString() givenAt!: string;
  @IsOptional() @Nested(() => Guardian) guardian?: Guardian;
  @IsOptional() @IsString() onDate?: string;
}
export class WithdrawVolunteerConsent extends VolunteerCommandPayload {
  @IsString() purpose!: string;
  @IsString() withdrawnAt!: string;
}
/** An absent list is an empty one. */
export class UpdateVolunteerSkills extends VolunteerCommandPayload {
  @IsOptional() @IsArray() @IsString({ each: true }) skills?: string[];
  @IsOptional() @IsArray() @IsString({ each: true }) professions?: string[];
}
export class ChangeVolunteerContact extends VolunteerCommandPayload {
  @IsOptional() @IsString() phone?: string;
  @IsOptional() @IsString() email?: string;
}
export class ChangeVolunteerHomeUnit extends VolunteerCommandPayload {
  @IsString() homeUnitId!: string;
  @IsString() effectiveFrom!: string;
}

const onTheVolunteer = { streamId: (p: VolunteerCommandPayload) => volunteerStreamId(p.volunteerId) };
const volunteersWrite = (units: (string | null)[], effectiveDate?: string, more: Partial<RegistryCommandScope> = {}) =>
  scopeOver('volunteers:write', units, effectiveDate, more);
const theVolunteer = (volunteerId: string) => ({ ownerStream: { kind: 'volunteer' as const, id: volunteerId } });
/** Commands that name only the volunteer: the permission over their home unit. */
const overTheVolunteer = { ...onTheVolunteer, rights: (p: VolunteerCommandPayload) => volunteersWrite([], undefined, theVolunteer(p.volunteerId)) };

export const volunteerCommandTypes = [
  commandType('RegisterVolunteer', RegisterVolunteer, { ...onTheVolunteer, rights: (p) => volunteersWrite([unitOrCountry(p.homeUnitId)], p.registeredOn) }),
  commandType('GiveVolunteerConsent', GiveVolunteerConsent, overTheVolunteer),
  commandType('WithdrawVolunteerConsent', WithdrawVolunteerConsent, overTheVolunteer),
  commandType('UpdateVolunteerSkills', UpdateVolunteerSkills, overTheVolunteer),
  commandType('ChangeVolunteerContact', ChangeVolunteerContact, overTheVolunteer),
  commandType('ChangeVolunteerHomeUnit', ChangeVolunteerHomeUnit, {
    ...onTheVolunteer,
    rights: (p) => volunteersWrite([unitOrCountry(p.homeUnitId)], p.effectiveFrom, theVolunteer(p.volunteerId)),
  }),
] as const;

// ---- events --------------------------------------------------------------------------------

class VolunteerEventData {
  @IsNonEmptyText() volunteerId!: string;
}

/** fullName, dateOfBirth, phone, email and nationalId are personal data (subject: volunteerId). */
export class VolunteerRegistered extends VolunteerEventData {
  @IsNonEmptyText() fullName!: string;
  @IsIsoDate() dateOfBirth!: string;
  @IsNonEmptyText() phone!: string;
  @IsNonEmptyText() email!: string;
  @IsOptional() @IsString() nationalId?: string;
  @IsNonEmptyText() homeUnitId!: string;
  @IsArray() @IsString({ each: true }) skills!: string[];
  @IsArray() @IsString({ each: true }) professions!: string[];
  @IsIsoDate() registeredOn!: string;
}
/** `guardian` is personal data (subject: volunteerId). */
export class VolunteerConsentGiven extends VolunteerEventData {
  @IsNonEmptyText() purpose!: string;
  @IsNonEmptyText() givenAt!: string;
  @IsOptional() @Nested(() => Guardian) guardian?: Guardian;
}
export class VolunteerConsentWithdrawn extends VolunteerEventData {
  @IsNonEmptyText() purpose!: string;
  @IsNonEmptyText() withdrawnAt!: string;
}
export class VolunteerSkillsUpdated extends VolunteerEventData {
  @IsArray() @IsString({ each: true }) skills!: string[];
  @IsArray() @IsString({ each: true }) professions!: string[];
}
/** phone and email are personal data (subject: volunteerId). */
export class VolunteerContactChanged extends VolunteerEventData {
  @IsOptional() @IsString() phone?: string;
  @IsOptional() @IsString() email?: string;
}
export class VolunteerHomeUnitChanged extends VolunteerEventData {
  @IsNonEmptyText() fromUnitId!: string;
  @IsNonEmptyText() toUnitId!: string;
  @IsIsoDate() effectiveFrom!: string;
}

const personal = (fields: string[]) => ({ personalData: { subjectField: 'volunteerId', fields } });

export const volunteerEventTypes = [
  eventType('VolunteerRegistered', VolunteerRegistered, personal(['fullName', 'dateOfBirth', 'phone', 'email', 'nationalId'])),
  eventType('VolunteerConsentGiven', VolunteerConsentGiven, personal(['guardian'])),
  eventType('VolunteerConsentWithdrawn', VolunteerConsentWithdrawn),
  eventType('VolunteerSkillsUpdated', VolunteerSkillsUpdated),
  eventType('VolunteerContactChanged', VolunteerContactChanged, personal(['phone', 'email'])),
  eventType('VolunteerHomeUnitChanged', VolunteerHomeUnitChanged),
] as const;

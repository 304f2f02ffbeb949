import { defineProjection } from '@tn/shared-event-bus';
import { type EventEnvelope, isErased } from '@tn/shared-event-contracts';
import type { ReadModelCipher } from '@tn/gateway-core';

export const VOLUNTEERS_COLLECTION = 'gw_registry_volunteers';

/**
 * Personal fields: only those some API field shows (no national id). Stored sealed with the
 * subject's gateway key (see ReadModelCipher; PeopleDirectory opens them), removed on erasure
 * and unreadable from then on, old page images included, since the key is destroyed.
 */
export interface VolunteerPersonalData {
  fullName?: string;
  dateOfBirth?: string;
  phone?: string;
  email?: string;
}

export interface VolunteerDoc extends VolunteerPersonalData {
  volunteerId: string;
  /** Home unit over time: the current one is the last. */
  homeUnits: { unitId: string; from: string }[];
  homeUnitIds: string[];
  skills: string[];
  professions: string[];
  consents: { purpose: string; givenAt: string; withdrawnAt?: string; byGuardian: boolean }[];
  registeredOn: string;
  erased: boolean;
}

export const VOLUNTEER_PERSONAL_FIELDS = ['fullName', 'dateOfBirth', 'phone', 'email'] as const;
/** A value after crypto-shredding is the ERASED marker: it never reaches the read model. */
const real = (value: unknown): string | undefined => (typeof value === 'string' && !isErased(value) ? value : undefined);

function personal(data: Record<string, unknown>): VolunteerPersonalData {
  const fields: VolunteerPersonalData = {};
  for (const field of VOLUNTEER_PERSONAL_FIELDS) {
    const value = real(data[field]);
    if (value !== undefined) fields[field] = value;
  }
  return fields;
}

export function evolveVolunteer(doc: VolunteerDoc | null, event: EventEnvelope): VolunteerDoc {
  const data = event.data as Record<string, unknown>;
  if (event.type === 'VolunteerRegistered') {
    const unitId = String(data['homeUnitId']);
    return {
      volunteerId: String(data['volunteerId']),
      ...personal(data),
      homeUnits: [{ unitId, from: String(data['registeredOn']) }],
      homeUnitIds: [unitId],
      skills: (data['skills'] as string[]) ?? [],
      professions: (data['professions'] as string[]) ?? [],
      consents: [],
      registeredOn: String(data['registeredOn']),
      erased: false,
    };
  }
  if (!doc) throw new Error(`${event.type} before VolunteerRegistered`);
  switch (event.type) {
    case 'VolunteerConsentGiven': {
      const purpose = String(data['purpose']);
      const consent = { purpose, givenAt: String(data['givenAt']), byGuardian: data['guardian'] !== undefined };
      return { ...doc, consents: [...doc.consents.filter((c) => c.purpose !== purpose), consent] };
    }
    case 'VolunteerConsentWithdrawn':
      return { ...doc, consents: doc.consents.map((c) => (c.purpose === data['purpose'] ? { ...c, withdrawnAt: String(data['withdrawnAt']) } : c)) };
    case 'VolunteerSkillsUpdated':
      return { ...doc, skills: data['skills'] as string[], professions: data['professions'] as string[] };
    case 'VolunteerContactChanged':
      return doc.erased ? doc : { ...doc, ...(real(data['phone']) ? { phone: real(data['phone']) } : {}), ...(real(data['email']) ? { email: real(data['email']) } : {}) };
    case 'VolunteerHomeUnitChanged': {
      const unitId = String(data['toUnitId']);
      return { ...doc, homeUnits: [...doc.homeUnits, { unitId, from: String(data['effectiveFrom']) }], homeUnitIds: [...new Set([...doc.homeUnitIds, unitId])] };
    }
    default:
      throw new Error(`volunteer read model cannot apply ${event.type}`);
  }
}

/** Its purge destroys the subject's gateway key too (the cipher is the core's, given by injection). */
export const volunteerProjection = (cipher: ReadModelCipher) =>
  defineProjection<VolunteerDoc>({
  name: 'gateway-volunteers',
  collection: VOLUNTEERS_COLLECTION,
  handles: ['VolunteerRegistered', 'VolunteerConsentGiven', 'VolunteerConsentWithdrawn', 'VolunteerSkillsUpdated', 'VolunteerContactChanged', 'VolunteerHomeUnitChanged'],
  documentId: (event) => String((event.data as Record<string, unknown>)['volunteerId']),
  evolve: evolveVolunteer,
  // Anonymous facts (home unit, skills, consents given) survive; who it was does not.
  purgeSubject: async (collection, subjectId) => {
    await cipher.erase(subjectId);
    await collection.updateOne(
      { _id: subjectId as never },
      // `_purges` in the same update: a projector write prepared before the purge then fails its guard.
      // (`nationalId` and `nameFolded`: kept by earlier versions of this read model.)
      { $unset: Object.fromEntries([...VOLUNTEER_PERSONAL_FIELDS, 'nationalId', 'nameFolded'].map((field) => [field, ''])), $set: { erased: true }, $inc: { _purges: 1 } },
    );
  },
});

import { volunteerEventTypes } from '@tn/registry-contracts';
import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import { type EnvelopeOf, type EventsOf, isErased } from '@tn/shared-event-contracts';
import type { ReadModelCipher } from '@tn/gateway-core';
import type { WithSealedFields } from './sealed-personal-data';

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
/** The volunteer events as projected: their personal fields (as their definitions list them) sealed. */
type VolunteerEvent = WithSealedFields<
  EnvelopeOf<EventsOf<typeof volunteerEventTypes>>,
  (typeof VOLUNTEER_PERSONAL_FIELDS)[number] | 'nationalId' | 'guardian'
>;

/** A value after crypto-shredding is the ERASED marker: it never reaches the read model. */
const real = (value: unknown): string | undefined => (typeof value === 'string' && !isErased(value) ? value : undefined);

function personal(data: { readonly [Field in (typeof VOLUNTEER_PERSONAL_FIELDS)[number]]?: unknown }): VolunteerPersonalData {
  const fields: VolunteerPersonalData = {};
  for (const field of VOLUNTEER_PERSONAL_FIELDS) {
    const value = real(data[field]);
    if (value !== undefined) fields[field] = value;
  }
  return fields;
}

export function evolveVolunteer(doc: VolunteerDoc | null, event: VolunteerEvent): VolunteerDoc {
  if (event.type === 'VolunteerRegistered') {
    const { volunteerId, homeUnitId: unitId, skills, professions, registeredOn } = event.data;
    return {
      volunteerId,
      ...personal(event.data),
      homeUnits: [{ unitId, from: registeredOn }],
      homeUnitIds: [unitId],
      skills: skills ?? [],
      professions: professions ?? [],
      consents: [],
      registeredOn,
      erased: false,
    };
  }
  if (!doc) throw new Error(`${event.type} before VolunteerRegistered`);
  switch (event.type) {
    case 'VolunteerConsentGiven': {
      const { purpose, givenAt, guardian } = event.data;
      const consent = { purpose, givenAt, byGuardian: guardian !== undefined };
      return { ...doc, consents: [...doc.consents.filter((c) => c.purpose !== purpose), consent] };
    }
    case 'VolunteerConsentWithdrawn': {
      const { purpose, withdrawnAt } = event.data;
      return { ...doc, consents: doc.consents.map((c) => (c.purpose === purpose ? { ...c, withdrawnAt } : c)) };
    }
    case 'VolunteerSkillsUpdated':
      return { ...doc, skills: event.data.skills, professions: event.data.professions };
    case 'VolunteerContactChanged': {
      const phone = real(event.data.phone);
      const email = real(event.data.email);
      return doc.erased ? doc : { ...doc, ...(phone ? { phone } : {}), ...(email ? { email } : {}) };
    }
    case 'VolunteerHomeUnitChanged': {
      const { toUnitId: unitId, effectiveFrom } = event.data;
      return { ...doc, homeUnits: [...doc.homeUnits, { unitId, from: effectiveFrom }], homeUnitIds: [...new Set([...doc.homeUnitIds, unitId])] };
    }
    default:
      return assertNever(event);
  }
}

/** Its purge destroys the subject's gateway key too (the cipher is the core's, given by injection). */
export const volunteerProjection = (cipher: ReadModelCipher) =>
  projectionOver(volunteerEventTypes, {
    name: 'gateway-volunteers',
    collection: VOLUNTEERS_COLLECTION,
    documentId: (event) => event.data.volunteerId,
    evolve: evolveVolunteer,
    // PeopleDirectory.volunteersOf: the volunteers of a unit and of each of its predecessors ({ homeUnitIds }, one query per unit).
    indexes: [{ homeUnitIds: 1 }],
    // Anonymous facts (home unit, skills, consents given) survive; who it was does not.
    purgeSubject: async (collection, subjectId) => {
      await cipher.erase(subjectId);
      await collection.updateOne(
        { _id: subjectId as never },
        // `_purges` in the same update: a projector write prepared before the purge then fails its guard.
        // (`nationalId` and `nameFolded`: kept by earlier versions of this read model.)
        {
          $unset: Object.fromEntries([...VOLUNTEER_PERSONAL_FIELDS, 'nationalId', 'nameFolded'].map((field) => [field, ''])),
          $set: { erased: true },
          $inc: { _purges: 1 },
        },
      );
    },
  });

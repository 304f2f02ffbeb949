import { cadreEventTypes } from '@tn/registry-contracts';
import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import { type EnvelopeOf, type EventsOf, isErased } from '@tn/shared-event-contracts';
import type { ReadModelCipher } from '@tn/gateway-core';
import type { WithSealedFields } from './sealed-personal-data';

export const CADRES_COLLECTION = 'gw_registry_cadres';

export interface CadrePositionDoc {
  positionId: string;
  title: string;
  dedicatedToVolunteerWork: boolean;
  termStart: string;
  termEnd?: string;
  endedOn?: string;
  /** Unit over time (a transfer adds an entry). */
  units: { unitId: string; from: string }[];
}

export interface CadreDoc {
  cadreId: string;
  fullName?: string;
  email?: string;
  phone?: string;
  positions: CadrePositionDoc[];
  /** Every unit any position was ever in (narrows "cadres of a unit"). */
  unitIds: string[];
  erased: boolean;
}

const real = (value: unknown): string | undefined => (typeof value === 'string' && !isErased(value) ? value : undefined);

function withPosition(doc: CadreDoc, positionId: string, change: (p: CadrePositionDoc) => CadrePositionDoc): CadreDoc {
  const positions = doc.positions.map((p) => (p.positionId === positionId ? change(p) : p));
  return { ...doc, positions, unitIds: [...new Set(positions.flatMap((p) => p.units.map((u) => u.unitId)))] };
}

/** The cadre events as projected: their personal fields (as CadreRegistered's definition lists them) sealed. */
type CadreEvent = WithSealedFields<EnvelopeOf<EventsOf<typeof cadreEventTypes>>, 'fullName' | 'email' | 'phone'>;

export function evolveCadre(doc: CadreDoc | null, event: CadreEvent): CadreDoc {
  if (event.type === 'CadreRegistered') {
    const { cadreId, fullName, email, phone } = event.data;
    const fields = { fullName: real(fullName), email: real(email), phone: real(phone) };
    return { cadreId, ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)), positions: [], unitIds: [], erased: false };
  }
  if (!doc) throw new Error(`${event.type} before CadreRegistered`);
  switch (event.type) {
    case 'CadreAppointed': {
      const { positionId, title, dedicatedToVolunteerWork, termStart, termEnd, unitId } = event.data;
      const position: CadrePositionDoc = {
        positionId,
        title,
        dedicatedToVolunteerWork: dedicatedToVolunteerWork === true,
        termStart,
        ...(typeof termEnd === 'string' ? { termEnd } : {}),
        units: [{ unitId, from: termStart }],
      };
      return { ...doc, positions: [...doc.positions, position], unitIds: [...new Set([...doc.unitIds, unitId])] };
    }
    case 'CadreTransferred': {
      const { positionId, toUnitId, effectiveFrom } = event.data;
      return withPosition(doc, positionId, (p) => ({ ...p, units: [...p.units, { unitId: toUnitId, from: effectiveFrom }] }));
    }
    case 'CadreTermEnded': {
      const { positionId, endedOn } = event.data;
      return withPosition(doc, positionId, (p) => ({ ...p, endedOn }));
    }
    default:
      return assertNever(event);
  }
}

/** Its purge destroys the subject's gateway key too (the cipher is the core's, given by injection). */
export const cadreProjection = (cipher: ReadModelCipher) =>
  projectionOver(cadreEventTypes, {
    name: 'gateway-cadres',
    collection: CADRES_COLLECTION,
    documentId: (event) => event.data.cadreId,
    evolve: evolveCadre,
    // PeopleDirectory.cadresOf: the cadres of a unit and of each of its predecessors ({ unitIds }, one query per unit).
    indexes: [{ unitIds: 1 }],
    purgeSubject: async (collection, subjectId) => {
      // `_purges` in the same update: a projector write prepared before the purge then fails its guard.
      await cipher.erase(subjectId);
      await collection.updateOne({ _id: subjectId as never }, { $unset: { fullName: '', email: '', phone: '' }, $set: { erased: true }, $inc: { _purges: 1 } });
    },
  });

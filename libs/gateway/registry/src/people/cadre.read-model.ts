import { defineProjection } from '@tn/shared-event-bus';
import { type EventEnvelope, isErased } from '@tn/shared-event-contracts';
import type { ReadModelCipher } from '@tn/gateway-core';

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

export function evolveCadre(doc: CadreDoc | null, event: EventEnvelope): CadreDoc {
  const data = event.data as Record<string, unknown>;
  if (event.type === 'CadreRegistered') {
    const fields = { fullName: real(data['fullName']), email: real(data['email']), phone: real(data['phone']) };
    return { cadreId: String(data['cadreId']), ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)), positions: [], unitIds: [], erased: false };
  }
  if (!doc) throw new Error(`${event.type} before CadreRegistered`);
  switch (event.type) {
    case 'CadreAppointed': {
      const position: CadrePositionDoc = {
        positionId: String(data['positionId']),
        title: String(data['title']),
        dedicatedToVolunteerWork: data['dedicatedToVolunteerWork'] === true,
        termStart: String(data['termStart']),
        ...(typeof data['termEnd'] === 'string' ? { termEnd: data['termEnd'] } : {}),
        units: [{ unitId: String(data['unitId']), from: String(data['termStart']) }],
      };
      return { ...doc, positions: [...doc.positions, position], unitIds: [...new Set([...doc.unitIds, String(data['unitId'])])] };
    }
    case 'CadreTransferred':
      return withPosition(doc, String(data['positionId']), (p) => ({ ...p, units: [...p.units, { unitId: String(data['toUnitId']), from: String(data['effectiveFrom']) }] }));
    case 'CadreTermEnded':
      return withPosition(doc, String(data['positionId']), (p) => ({ ...p, endedOn: String(data['endedOn']) }));
    default:
      throw new Error(`cadre read model cannot apply ${event.type}`);
  }
}

/** Its purge destroys the subject's gateway key too (the cipher is the core's, given by injection). */
export const cadreProjection = (cipher: ReadModelCipher) =>
  defineProjection<CadreDoc>({
  name: 'gateway-cadres',
  collection: CADRES_COLLECTION,
  handles: ['CadreRegistered', 'CadreAppointed', 'CadreTransferred', 'CadreTermEnded'],
  documentId: (event) => String((event.data as Record<string, unknown>)['cadreId']),
  evolve: evolveCadre,
  purgeSubject: async (collection, subjectId) => {
    // `_purges` in the same update: a projector write prepared before the purge then fails its guard.
    await cipher.erase(subjectId);
    await collection.updateOne({ _id: subjectId as never }, { $unset: { fullName: '', email: '', phone: '' }, $set: { erased: true }, $inc: { _purges: 1 } });
  },
});

import type { Connection } from 'mongoose';
import { type AccountDoc, ACCOUNTS_COLLECTION } from './account.read-model';
import { type CadreDoc, CADRES_COLLECTION } from './cadre.read-model';
import { type VolunteerDoc, VOLUNTEERS_COLLECTION } from './volunteer.read-model';

type Stored<T> = T & { _id: string; _deleted?: boolean };
const projection = { _versions: 0, _purges: 0 };

/** The unit a dated list of units says on `date` (the last entry from on or before it). */
export function unitOn(units: readonly { unitId: string; from: string }[], date: string): string | undefined {
  let found: string | undefined;
  for (const entry of units) if (entry.from <= date) found = entry.unitId;
  return found;
}

/** Reads of the people read models. */
export class PeopleDirectory {
  constructor(private readonly connection: Connection) {}

  async volunteer(id: string): Promise<VolunteerDoc | undefined> {
    return (await this.connection.collection<Stored<VolunteerDoc>>(VOLUNTEERS_COLLECTION).findOne({ _id: id }, { projection })) ?? undefined;
  }

  /** Volunteers whose home unit on `date` is one of `unitIds` (a unit and its merged predecessors). */
  async volunteersOf(unitIds: string[], date: string): Promise<VolunteerDoc[]> {
    const docs = await this.connection.collection<Stored<VolunteerDoc>>(VOLUNTEERS_COLLECTION).find({ homeUnitIds: { $in: unitIds } }, { projection }).toArray();
    return docs.filter((doc) => doc.registeredOn <= date && unitIds.includes(unitOn(doc.homeUnits, date) ?? ''));
  }

  async cadresOf(unitIds: string[]): Promise<CadreDoc[]> {
    return this.connection.collection<Stored<CadreDoc>>(CADRES_COLLECTION).find({ unitIds: { $in: unitIds } }, { projection }).toArray();
  }

  async cadre(id: string): Promise<CadreDoc | undefined> {
    return (await this.connection.collection<Stored<CadreDoc>>(CADRES_COLLECTION).findOne({ _id: id }, { projection })) ?? undefined;
  }

  async account(accountId: string): Promise<AccountDoc | undefined> {
    return (await this.connection.collection<Stored<AccountDoc>>(ACCOUNTS_COLLECTION).findOne({ _id: accountId }, { projection })) ?? undefined;
  }

  /** Accounts holding a role in the unit itself (not in its subtree). */
  async accountsOf(unitId: string): Promise<AccountDoc[]> {
    return this.connection.collection<Stored<AccountDoc>>(ACCOUNTS_COLLECTION).find({ roleUnitIds: unitId }, { projection }).toArray();
  }
}

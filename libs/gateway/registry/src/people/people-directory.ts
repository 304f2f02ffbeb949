import type { Connection } from 'mongoose';
import type { ReadModelCipher } from '@tn/gateway-core';
import { type AccountDoc, ACCOUNTS_COLLECTION } from './account.read-model';
import { type CadreDoc, CADRES_COLLECTION } from './cadre.read-model';
import { VOLUNTEER_PERSONAL_FIELDS, type VolunteerDoc, VOLUNTEERS_COLLECTION } from './volunteer.read-model';

type Stored<T> = T & { _id: string; _deleted?: boolean };
const projection = { _versions: 0, _purges: 0 };

/** The unit a dated list of units says on `date` (the last entry from on or before it). */
export function unitOn(units: readonly { unitId: string; from: string }[], date: string): string | undefined {
  let found: string | undefined;
  for (const entry of units) if (entry.from <= date) found = entry.unitId;
  return found;
}

/**
 * The document with its sealed personal fields opened (the read models store them sealed with
 * the subject's gateway key, see ReadModelCipher); a field of an erased subject is left out.
 */
async function opened<T extends object>(
  cipher: ReadModelCipher,
  doc: T | null | undefined,
  subjectId: (doc: T) => string,
  fields: readonly (keyof T & string)[],
): Promise<T | undefined> {
  if (!doc) return undefined;
  const result = { ...doc } as Record<string, unknown>;
  for (const field of fields) {
    if (result[field] === undefined) continue;
    const value = await cipher.open(subjectId(doc), result[field]);
    if (value === undefined) delete result[field];
    else result[field] = value;
  }
  return result as T;
}

const volunteerOpened = (cipher: ReadModelCipher, doc: VolunteerDoc | null) => opened(cipher, doc, (d) => d.volunteerId, VOLUNTEER_PERSONAL_FIELDS);
const cadreOpened = (cipher: ReadModelCipher, doc: CadreDoc | null) => opened(cipher, doc, (d) => d.cadreId, ['fullName', 'email', 'phone']);
const accountOpened = (cipher: ReadModelCipher, doc: AccountDoc | null) => opened(cipher, doc, (d) => d.accountId, ['username']);
const present = <T>(docs: (T | undefined)[]): T[] => docs.filter((doc): doc is T => doc !== undefined);

/**
 * The documents of each unit, one equality query per unit (an array field holding the unit,
 * which its index serves; `$in` would be tried on every document), merged in the units' order,
 * each document once.
 */
async function ofEachUnit<T extends { _id: string }>(unitIds: readonly string[], ofUnit: (unitId: string) => Promise<T[]>): Promise<T[]> {
  const lists = await Promise.all([...new Set(unitIds)].map(ofUnit));
  const byId = new Map<string, T>();
  for (const doc of lists.flat()) if (!byId.has(doc._id)) byId.set(doc._id, doc);
  return [...byId.values()];
}

/** Reads of the people read models (personal fields opened). */
export class PeopleDirectory {
  constructor(
    private readonly connection: Connection,
    private readonly cipher: ReadModelCipher,
  ) {}

  async volunteer(id: string): Promise<VolunteerDoc | undefined> {
    return volunteerOpened(this.cipher, await this.connection.collection<Stored<VolunteerDoc>>(VOLUNTEERS_COLLECTION).findOne({ _id: id }, { projection }));
  }

  /** Volunteers whose home unit on `date` is one of `unitIds` (a unit and its merged predecessors). */
  async volunteersOf(unitIds: string[], date: string): Promise<VolunteerDoc[]> {
    const volunteers = this.connection.collection<Stored<VolunteerDoc>>(VOLUNTEERS_COLLECTION);
    const docs = await ofEachUnit(unitIds, (unitId) => volunteers.find({ homeUnitIds: unitId }, { projection }).toArray());
    const listed = docs.filter((doc) => doc.registeredOn <= date && unitIds.includes(unitOn(doc.homeUnits, date) ?? ''));
    return present(await Promise.all(listed.map((doc) => volunteerOpened(this.cipher, doc))));
  }

  /** Cadres who ever held a position in one of `unitIds` (the caller picks the positions of its date). */
  async cadresOf(unitIds: string[]): Promise<CadreDoc[]> {
    const cadres = this.connection.collection<Stored<CadreDoc>>(CADRES_COLLECTION);
    const docs = await ofEachUnit(unitIds, (unitId) => cadres.find({ unitIds: unitId }, { projection }).toArray());
    return present(await Promise.all(docs.map((doc) => cadreOpened(this.cipher, doc))));
  }

  async cadre(id: string): Promise<CadreDoc | undefined> {
    return cadreOpened(this.cipher, await this.connection.collection<Stored<CadreDoc>>(CADRES_COLLECTION).findOne({ _id: id }, { projection }));
  }

  async account(accountId: string): Promise<AccountDoc | undefined> {
    return accountOpened(this.cipher, await this.connection.collection<Stored<AccountDoc>>(ACCOUNTS_COLLECTION).findOne({ _id: accountId }, { projection }));
  }

  /** Accounts holding a role in the unit itself (not in its subtree). */
  async accountsOf(unitId: string): Promise<AccountDoc[]> {
    const docs = await this.connection.collection<Stored<AccountDoc>>(ACCOUNTS_COLLECTION).find({ roleUnitIds: unitId }, { projection }).toArray();
    return present(await Promise.all(docs.map((doc) => accountOpened(this.cipher, doc))));
  }
}

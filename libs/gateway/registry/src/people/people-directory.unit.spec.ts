import type { Connection } from 'mongoose';
import type { ReadModelCipher } from '@tn/gateway-core';
import { PeopleDirectory } from './people-directory';

/** A connection whose collections answer equality filters (an array field matching when it holds the value), recording the filters. */
function fakeConnection(docs: Record<string, Record<string, unknown>[]>) {
  const filters: Record<string, unknown>[] = [];
  const holds = (stored: unknown, value: unknown) => (Array.isArray(stored) ? stored.includes(value) : stored === value);
  const connection = {
    collection: (name: string) => ({
      find: (filter: Record<string, unknown>) => ({
        toArray: async () => {
          filters.push(filter);
          return (docs[name] ?? []).filter((doc) => Object.entries(filter).every(([field, value]) => holds(doc[field], value)));
        },
      }),
    }),
  } as unknown as Connection;
  return { connection, filters };
}
const openAsStored = { open: async (_subject: string, value: unknown) => value } as unknown as ReadModelCipher;

describe('PeopleDirectory', () => {
  const volunteer = (volunteerId: string, homeUnits: { unitId: string; from: string }[]) => ({
    _id: volunteerId,
    volunteerId,
    homeUnits,
    homeUnitIds: homeUnits.map((home) => home.unitId),
    registeredOn: '2025-01-01',
  });

  it("lists a unit's and its predecessors' volunteers with one equality per unit, each volunteer once, as homed on the date", async () => {
    const { connection, filters } = fakeConnection({
      gw_registry_volunteers: [
        volunteer('v1', [{ unitId: 'ta-van', from: '2025-01-01' }]),
        // Moved from one unit of the list to another: found by both queries, listed once.
        volunteer('v2', [
          { unitId: 'lao-chai', from: '2025-01-01' },
          { unitId: 'ta-van', from: '2025-03-01' },
        ]),
        // Moved away before the date.
        volunteer('v3', [
          { unitId: 'ta-van', from: '2025-01-01' },
          { unitId: 'sa-pa', from: '2025-02-01' },
        ]),
        volunteer('v4', [{ unitId: 'sa-pa', from: '2025-01-01' }]),
      ],
    });
    const listed = await new PeopleDirectory(connection, openAsStored).volunteersOf(['ta-van', 'lao-chai'], '2025-06-01');
    expect(listed.map((v) => v.volunteerId)).toEqual(['v1', 'v2']);
    expect(filters).toEqual([{ homeUnitIds: 'ta-van' }, { homeUnitIds: 'lao-chai' }]);
  });

  it('lists the cadres of several units with one equality per unit, each cadre once, and sends no query for no unit', async () => {
    const cadre = (cadreId: string, unitIds: string[]) => ({ _id: cadreId, cadreId, unitIds, positions: [], erased: false });
    const { connection, filters } = fakeConnection({
      gw_registry_cadres: [cadre('c1', ['lao-chai', 'ta-van']), cadre('c2', ['ta-van']), cadre('c3', ['sa-pa'])],
    });
    const directory = new PeopleDirectory(connection, openAsStored);
    expect((await directory.cadresOf(['lao-chai', 'ta-van', 'lao-chai'])).map((c) => c.cadreId)).toEqual(['c1', 'c2']);
    expect(filters).toEqual([{ unitIds: 'lao-chai' }, { unitIds: 'ta-van' }]);
    expect(await directory.cadresOf([])).toEqual([]);
    expect(filters).toHaveLength(2);
  });
});

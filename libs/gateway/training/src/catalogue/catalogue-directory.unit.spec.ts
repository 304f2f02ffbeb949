import { fakeConnection, isPlainEquality } from '../core/fake-connection.test-fixtures';
import { CatalogueDirectory } from './catalogue-directory';
import { catalogueFilterOf } from './catalogue-filters';

const material = (materialId: string, fields: Record<string, unknown>) => ({ _id: materialId, materialId, status: 'registered', ...fields });

describe('CatalogueDirectory', () => {
  const { connection, filters } = fakeConnection({
    gw_training_materials: [
      material('m1', { ownerUnitId: 'lao-cai', targetGroups: ['trainers'] }),
      material('m2', { ownerUnitId: 'lao-cai', targetGroups: ['volunteers'] }),
      material('m3', { ownerUnitId: 'yen-bai', targetGroups: ['trainers'], _deleted: true }),
      material('m4', { ownerUnitId: 'yen-bai', targetGroups: ['trainers'], status: 'retired' }),
    ],
  });
  const directory = new CatalogueDirectory(connection);

  it('reads one item by _id and leaves a deleted document out', async () => {
    expect((await directory.material('m1'))?.materialId).toBe('m1');
    expect(await directory.material('m3')).toBeUndefined();
    expect(filters.slice(-2).map((query) => query.filter)).toEqual([{ _id: 'm1' }, { _id: 'm3' }]);
  });

  it("lists with the list's equalities only: an equality on the target groups array selects the materials naming that group", async () => {
    const live = await directory.materials(catalogueFilterOf({}, undefined, 'registered', { targetGroups: 'trainers' }));
    expect(live.map((doc) => doc.materialId)).toEqual(['m1']);
    const owned = await directory.materials(catalogueFilterOf({ ownerUnitId: 'yen-bai' }, undefined, 'registered'));
    expect(owned.map((doc) => doc.materialId)).toEqual(['m4']);
    expect(filters.every((query) => isPlainEquality(query.filter))).toBe(true);
  });
});

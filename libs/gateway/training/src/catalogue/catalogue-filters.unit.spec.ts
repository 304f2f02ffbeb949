import { isPlainEquality } from '../core/fake-connection.test-fixtures';
import { catalogueFilterOf } from './catalogue-filters';

describe('catalogueFilterOf', () => {
  it("reads an owner's items in every status unless one is asked", () => {
    expect(catalogueFilterOf({ ownerUnitId: 'lao-cai' }, undefined, 'published')).toEqual({ ownerUnitId: 'lao-cai' });
    expect(catalogueFilterOf({ ownerUnitId: 'lao-cai' }, 'retired', 'published')).toEqual({ ownerUnitId: 'lao-cai', status: 'retired' });
  });

  it('reads the live catalogue by status when no owner or curriculum is given', () => {
    expect(catalogueFilterOf({ ownerUnitId: undefined, curriculumId: null }, undefined, 'published')).toEqual({ status: 'published' });
    expect(catalogueFilterOf({}, 'draft', 'published')).toEqual({ status: 'draft' });
  });

  it('puts the other filters beside the indexed equality, and leaves out blank or absent ones', () => {
    const filter = catalogueFilterOf({ curriculumId: 'cur-1', ownerUnitId: '' }, undefined, 'registered', { kind: 'video', targetGroups: undefined });
    expect(filter).toEqual({ curriculumId: 'cur-1', kind: 'video' });
  });

  it('only ever builds top-level string equalities', () => {
    const filters = [
      catalogueFilterOf({ ownerUnitId: 'u' }, 'published', 'published', { targetGroup: 'trainers' }),
      catalogueFilterOf({}, undefined, 'registered', { targetGroups: 'volunteers' }),
    ];
    expect(filters.every(isPlainEquality)).toBe(true);
  });
});

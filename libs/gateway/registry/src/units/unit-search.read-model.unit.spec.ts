import { evolveUnitSearch, unitSearchProjection } from './unit-search.read-model';
import { versionOn } from './unit.read-model';

let version = 0;
// Envelopes as the projector receives them (their data unchecked here: `never` lets any shape in).
const event = (type: string, data: Record<string, unknown>) =>
  ({ type, data, streamId: 'hierarchy-national', streamVersion: ++version, eventId: `e${version}` }) as never;
const created = (unitId: string, nameVi: string, parentId: string | null) =>
  event('UnitCreated', {
    unitId,
    nameVi,
    organisation: 'union',
    levelLabel: 'Đoàn xã',
    parentId,
    flags: { ethnicMinority: false, mountainous: true, border: false, island: false },
    effectiveFrom: '2025-01-01',
  });

describe('unit search read model', () => {
  const taVan = evolveUnitSearch(null, created('ta-van', 'Đoàn xã Tả Van', 'lao-cai'));

  it('folds every name the unit had, so search ignores diacritics and finds old names, and keeps the unit as the unit read model has it', () => {
    const renamed = evolveUnitSearch(taVan, event('UnitRenamed', { unitId: 'ta-van', nameVi: 'Đoàn phường Sa Pa', effectiveFrom: '2025-07-01' }));
    const moved = evolveUnitSearch(
      renamed,
      event('UnitMoved', { unitId: 'ta-van', fromParentId: 'lao-cai', toParentId: 'sa-pa', effectiveFrom: '2025-08-01' }),
    );
    expect(moved.searchText).toBe('doan xa ta van | doan phuong sa pa');
    expect(moved).toMatchObject({ parentKeys: ['lao-cai', 'sa-pa'], predecessors: [] });
    expect(versionOn(moved, '2025-07-15')).toMatchObject({ nameVi: 'Đoàn phường Sa Pa', parentId: 'lao-cai' });
  });

  it('holds the tokens a search looks up first: pieces of the words of every name, old and new, and the ends of neighbouring words joined', () => {
    const renamed = evolveUnitSearch(taVan, event('UnitRenamed', { unitId: 'ta-van', nameVi: 'Đoàn phường Sa Pa', effectiveFrom: '2025-07-01' }));
    expect(renamed.searchTokens).toEqual(expect.arrayContaining(['van', 'va', 'ta van', 'phuon', 'sa pa', 'ng sa']));
    expect(renamed.searchTokens).not.toContain('xa ta van');
    expect(unitSearchProjection.indexes).toEqual([{ searchTokens: 1 }]);
  });

  it('follows a merge on every unit it names, as the unit read model does', () => {
    const merged = event('UnitsMerged', { sourceUnitIds: ['ta-van', 'lao-chai'], successorUnitId: 'ta-van-moi', effectiveFrom: '2025-07-01' });
    expect(unitSearchProjection.documentId(merged)).toEqual(['ta-van', 'lao-chai', 'ta-van-moi']);
    expect(versionOn(evolveUnitSearch(taVan, merged), '2025-07-01')).toMatchObject({ status: 'merged', successorIds: ['ta-van-moi'] });
  });
});

import { IMPORT_UNITS_MAX } from '@tn/registry-contracts';
import { fold, given } from '@tn/shared-decider';
import type { HierarchyCommand, ImportUnits } from './hierarchy.commands';
import { evolveHierarchy, evolveHierarchyAll } from './hierarchy.evolve';
import { hierarchyDecider } from './hierarchy.decide';
import type { HierarchyEvent, UnitCreated } from './hierarchy.events';
import { ancestorsAsOf, childrenAsOf } from './hierarchy.queries';

const profile = (nameVi: string, levelLabel = 'Đoàn xã') => ({
  nameVi,
  organisation: 'union' as const,
  levelLabel,
  flags: { ethnicMinority: false, mountainous: false, border: false, island: false },
});
const created = (unitId: string, parentId: string | null, nameVi: string, effectiveFrom = '2025-01-01'): UnitCreated => ({
  type: 'UnitCreated',
  data: { unitId, parentId, effectiveFrom, ...profile(nameVi) },
});
const province = created('lao-cai', null, 'Tỉnh đoàn Lào Cai');
const dissolvedDistrict: HierarchyEvent[] = [
  created('bat-xat', 'lao-cai', 'Huyện đoàn Bát Xát'),
  { type: 'UnitDissolved', data: { unitId: 'bat-xat', effectiveFrom: '2025-06-01' } },
];

const importOf = (units: ImportUnits['units'], parentId: string | null = 'lao-cai', effectiveFrom = '2025-09-01'): HierarchyCommand => ({
  type: 'ImportUnits',
  parentId,
  units,
  effectiveFrom,
});
const sapa = { unitId: 'sa-pa', nameVi: 'Thị đoàn Sa Pa', organisation: 'union' as const, levelLabel: 'Đoàn thị xã' };
const taVan = { unitId: 'ta-van', parentId: 'sa-pa', nameVi: 'Đoàn xã Tả Van', organisation: 'union' as const, levelLabel: 'Đoàn xã' };
const branch = { unitId: 'ta-van-thon-1', parentId: 'ta-van', nameVi: 'Chi đoàn thôn 1', organisation: 'union' as const, levelLabel: 'Chi đoàn' };

describe('importing a subtree of units at once', () => {
  it('creates every listed unit under the parent or under a unit listed before it, on the same date', () => {
    given(hierarchyDecider, [province])
      .when(importOf([sapa, taVan, branch]))
      .then([
        { type: 'UnitCreated', data: { unitId: 'sa-pa', parentId: 'lao-cai', effectiveFrom: '2025-09-01', ...profile('Thị đoàn Sa Pa', 'Đoàn thị xã') } },
        { type: 'UnitCreated', data: { unitId: 'ta-van', parentId: 'sa-pa', effectiveFrom: '2025-09-01', ...profile('Đoàn xã Tả Van') } },
        { type: 'UnitCreated', data: { unitId: 'ta-van-thon-1', parentId: 'ta-van', effectiveFrom: '2025-09-01', ...profile('Chi đoàn thôn 1', 'Chi đoàn') } },
      ]);
    const state = fold(hierarchyDecider, [province, ...hierarchyDecider.decide(importOf([sapa, taVan, branch]), fold(hierarchyDecider, [province]))]);
    expect(ancestorsAsOf(state, 'ta-van-thon-1', '2025-09-01')).toEqual(['ta-van', 'sa-pa', 'lao-cai']);
    expect(childrenAsOf(state, 'lao-cai', '2025-08-31')).toEqual([]);
  });

  it('creates root units (provinces) when no parent is given', () => {
    given(hierarchyDecider, [])
      .when(importOf([{ unitId: 'yen-bai', nameVi: 'Tỉnh đoàn Yên Bái', organisation: 'union', levelLabel: 'Tỉnh đoàn' }], null))
      .then([{ type: 'UnitCreated', data: { unitId: 'yen-bai', parentId: null, effectiveFrom: '2025-09-01', ...profile('Tỉnh đoàn Yên Bái', 'Tỉnh đoàn') } }]);
  });

  it('refuses a unit whose parent comes after it or is not in the list (no cycle can be listed)', () => {
    given(hierarchyDecider, [province])
      .when(importOf([taVan, sapa]))
      .thenFails('UNIT.IMPORT_PARENT_NOT_LISTED');
    const cycle = [
      { ...sapa, parentId: 'ta-van' },
      { ...taVan, parentId: 'sa-pa' },
    ];
    given(hierarchyDecider, [province]).when(importOf(cycle)).thenFails('UNIT.IMPORT_PARENT_NOT_LISTED');
    // An existing unit elsewhere in the country is not the import's to hang units under.
    given(hierarchyDecider, [province, created('yen-bai', null, 'Tỉnh đoàn Yên Bái')])
      .when(importOf([{ ...sapa, parentId: 'yen-bai' }]))
      .thenFails('UNIT.IMPORT_PARENT_NOT_LISTED');
  });

  it('refuses ids that exist already or are listed twice, and a parent not active on the date', () => {
    given(hierarchyDecider, [province])
      .when(importOf([{ ...sapa, unitId: 'lao-cai' }]))
      .thenFails('UNIT.ALREADY_EXISTS');
    given(hierarchyDecider, [province])
      .when(importOf([sapa, { ...taVan, unitId: 'sa-pa' }]))
      .thenFails('UNIT.ALREADY_EXISTS');
    given(hierarchyDecider, [province, ...dissolvedDistrict])
      .when(importOf([sapa], 'bat-xat'))
      .thenFails('UNIT.PARENT_NOT_ACTIVE');
    given(hierarchyDecider, [province])
      .when(importOf([sapa], 'lao-cai', '2024-12-31'))
      .thenFails('UNIT.PARENT_NOT_ACTIVE');
    given(hierarchyDecider, [province])
      .when(importOf([sapa], 'nowhere'))
      .thenFails('UNIT.NOT_FOUND');
  });

  it('checks each profile and the size of the import', () => {
    given(hierarchyDecider, [province])
      .when(importOf([sapa, { ...taVan, nameVi: ' ' }]))
      .thenFails('UNIT.NAME_REQUIRED');
    given(hierarchyDecider, [province]).when(importOf([])).thenFails('UNIT.IMPORT_SIZE');
    const tooMany = Array.from({ length: IMPORT_UNITS_MAX + 1 }, (_, i) => ({ ...sapa, unitId: `u-${i}` }));
    given(hierarchyDecider, [province]).when(importOf(tooMany)).thenFails('UNIT.IMPORT_SIZE');
  });
});

describe('folding the hierarchy in batches', () => {
  it('gives the same state as folding event by event, and leaves the state it started from as it was', () => {
    const events: HierarchyEvent[] = [
      province,
      created('sa-pa', 'lao-cai', 'Thị đoàn Sa Pa'),
      created('ta-van', 'sa-pa', 'Đoàn xã Tả Van'),
      { type: 'UnitRenamed', data: { unitId: 'ta-van', nameVi: 'Đoàn xã Tả Van mới', effectiveFrom: '2025-03-01' } },
      created('bat-xat', 'lao-cai', 'Huyện đoàn Bát Xát'),
      { type: 'UnitMoved', data: { unitId: 'ta-van', fromParentId: 'sa-pa', toParentId: 'bat-xat', effectiveFrom: '2025-04-01' } },
      { type: 'UnitsMerged', data: { sourceUnitIds: ['sa-pa'], successorUnitId: 'bat-xat', effectiveFrom: '2025-05-01' } },
      { type: 'UnitDissolved', data: { unitId: 'ta-van', effectiveFrom: '2025-06-01' } },
    ];
    const start = evolveHierarchy({ units: {} }, province);
    const before = JSON.stringify(start);
    expect(evolveHierarchyAll(start, events.slice(1))).toEqual(events.slice(1).reduce(evolveHierarchy, start));
    expect(JSON.stringify(start)).toBe(before);
  });

  it('folds a national-size hierarchy in well under a second (one copy of the units map per batch)', () => {
    const units: HierarchyEvent[] = [province];
    for (let i = 0; i < 30_000; i++) units.push(created(`u-${i}`, 'lao-cai', `Chi đoàn ${i}`));
    const started = performance.now();
    const state = evolveHierarchyAll({ units: {} }, units);
    const folded = evolveHierarchyAll(state, [created('one-more', 'lao-cai', 'Chi đoàn mới')]);
    expect(Object.keys(folded.units)).toHaveLength(30_002);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

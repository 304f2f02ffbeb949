import { type hierarchyEventTypes, HIERARCHY_STREAM_ID, ORGANISATIONS as CONTRACT_ORGANISATIONS } from '@tn/registry-contracts';
import { fold, given } from '@tn/shared-decider';
import type { EventsOf } from '@tn/shared-event-contracts';
import * as shared from '@tn/shared-unit-hierarchy';
import type { HierarchyCommand } from './hierarchy.commands';
import { hierarchyDecider } from './hierarchy.decide';
import type { HierarchyEvent, UnitCreated } from './hierarchy.events';
import { ancestorsAsOf, childrenAsOf, versionAsOf } from './hierarchy.queries';
import { ORGANISATIONS, type UnitProfile } from './hierarchy.types';

/** Whether two types are the same (each assignable to the other). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

const profile = (nameVi: string, levelLabel = 'Đoàn xã', flags: Partial<UnitProfile['flags']> = {}): UnitProfile => ({
  nameVi,
  organisation: 'union',
  levelLabel,
  flags: { ethnicMinority: false, mountainous: false, border: false, island: false, ...flags },
});
const created = (unitId: string, parentId: string | null, nameVi: string, effectiveFrom = '2025-01-01'): UnitCreated => ({
  type: 'UnitCreated',
  data: { unitId, parentId, effectiveFrom, ...profile(nameVi) },
});

// Tỉnh đoàn Lào Cai with two commune unions (one with a branch) that merge on 2025-07-01.
const province = created('lao-cai', null, 'Tỉnh đoàn Lào Cai');
const taVan = created('ta-van', 'lao-cai', 'Đoàn xã Tả Van');
const laoChai = created('lao-chai', 'lao-cai', 'Đoàn xã Lao Chải');
const branch = created('ta-van-thon-1', 'ta-van', 'Chi đoàn thôn 1');
const history: HierarchyEvent[] = [province, taVan, laoChai, branch];

const mergeCommunes: HierarchyCommand = {
  type: 'MergeUnits',
  sourceUnitIds: ['ta-van', 'lao-chai'],
  successor: { newUnitId: 'ta-van-moi', ...profile('Đoàn xã Tả Van (mới)'), parentId: 'lao-cai' },
  effectiveFrom: '2025-07-01',
};

describe('organisation hierarchy', () => {
  it('merges two communes into a new successor that takes over their branches', () => {
    given(hierarchyDecider, history)
      .when(mergeCommunes)
      .then([
        { type: 'UnitCreated', data: { unitId: 'ta-van-moi', parentId: 'lao-cai', effectiveFrom: '2025-07-01', ...profile('Đoàn xã Tả Van (mới)') } },
        { type: 'UnitMoved', data: { unitId: 'ta-van-thon-1', fromParentId: 'ta-van', toParentId: 'ta-van-moi', effectiveFrom: '2025-07-01' } },
        { type: 'UnitsMerged', data: { sourceUnitIds: ['ta-van', 'lao-chai'], successorUnitId: 'ta-van-moi', effectiveFrom: '2025-07-01' } },
      ]);
  });

  it('answers the tree as of any date, before and after the merge', () => {
    const events = hierarchyDecider.decide(mergeCommunes, fold(hierarchyDecider, history));
    const state = fold(hierarchyDecider, [...history, ...events]);
    expect(childrenAsOf(state, 'lao-cai', '2025-06-30').sort()).toEqual(['lao-chai', 'ta-van']);
    expect(childrenAsOf(state, 'lao-cai', '2026-11-22')).toEqual(['ta-van-moi']);
    expect(ancestorsAsOf(state, 'ta-van-thon-1', '2025-06-30')).toEqual(['ta-van', 'lao-cai']);
    expect(ancestorsAsOf(state, 'ta-van-thon-1', '2025-07-01')).toEqual(['ta-van-moi', 'lao-cai']);
    expect(versionAsOf(state.units['ta-van'], '2025-07-01')).toMatchObject({ status: 'merged', successorIds: ['ta-van-moi'] });
    expect(versionAsOf(state.units['ta-van-moi'], '2025-06-30')).toBeUndefined();
  });

  it('merges one unit into an existing one', () => {
    given(hierarchyDecider, history)
      .when({ type: 'MergeUnits', sourceUnitIds: ['lao-chai'], successor: { existingUnitId: 'ta-van' }, effectiveFrom: '2025-07-01' })
      .then([{ type: 'UnitsMerged', data: { sourceUnitIds: ['lao-chai'], successorUnitId: 'ta-van', effectiveFrom: '2025-07-01' } }]);
  });

  it('rejects a merge into a dissolved unit', () => {
    const dissolved: HierarchyEvent = { type: 'UnitDissolved', data: { unitId: 'lao-chai', effectiveFrom: '2025-03-01' } };
    given(hierarchyDecider, [...history, dissolved])
      .when({ type: 'MergeUnits', sourceUnitIds: ['ta-van'], successor: { existingUnitId: 'lao-chai' }, effectiveFrom: '2025-07-01' })
      .thenFails('UNIT.SUCCESSOR_NOT_ACTIVE');
  });

  it('rejects a move that would make a unit its own ancestor', () => {
    const error = given(hierarchyDecider, history)
      .when({ type: 'MoveUnit', unitId: 'lao-cai', newParentId: 'ta-van-thon-1', effectiveFrom: '2025-05-01' })
      .thenFails('UNIT.CYCLE');
    expect(error.field).toBe('parentId');
  });

  it('rejects a move that makes a cycle only later in the timeline', () => {
    const laoChaiUnderTaVanInAugust: HierarchyEvent = {
      type: 'UnitMoved',
      data: { unitId: 'lao-chai', fromParentId: 'lao-cai', toParentId: 'ta-van', effectiveFrom: '2025-08-01' },
    };
    given(hierarchyDecider, [...history, laoChaiUnderTaVanInAugust])
      .when({ type: 'MoveUnit', unitId: 'ta-van', newParentId: 'lao-chai', effectiveFrom: '2025-07-01' })
      .thenFails('UNIT.CYCLE');
  });

  it('requires a Vietnamese name, naming the field', () => {
    const error = given(hierarchyDecider, history)
      .when({ type: 'CreateUnit', unitId: 'x', parentId: 'lao-cai', ...profile('  '), effectiveFrom: '2025-01-01' })
      .thenFails('UNIT.NAME_REQUIRED');
    expect(error.field).toBe('nameVi');
  });

  it.each(['2025-02-30', '01/07/2025', '2025-7-1', ''])('rejects the malformed date "%s"', (effectiveFrom) => {
    const error = given(hierarchyDecider, history).when({ type: 'DissolveUnit', unitId: 'lao-chai', effectiveFrom }).thenFails('UNIT.BAD_DATE');
    expect(error.field).toBe('effectiveFrom');
  });

  it('keeps a unit’s changes in date order', () => {
    const renamedInAugust: HierarchyEvent = { type: 'UnitRenamed', data: { unitId: 'ta-van', nameVi: 'Đoàn xã Tả Van 2', effectiveFrom: '2025-08-01' } };
    given(hierarchyDecider, [...history, renamedInAugust])
      .when({ type: 'RenameUnit', unitId: 'ta-van', nameVi: 'Đoàn xã Tả Van', effectiveFrom: '2025-07-01' })
      .thenFails('UNIT.OUT_OF_DATE_ORDER');
  });

  it('refuses to dissolve a unit that still has units under it, or to hang a unit under a dissolved one', () => {
    given(hierarchyDecider, history).when({ type: 'DissolveUnit', unitId: 'ta-van', effectiveFrom: '2025-07-01' }).thenFails('UNIT.HAS_ACTIVE_CHILDREN');
    const dissolved: HierarchyEvent = { type: 'UnitDissolved', data: { unitId: 'lao-chai', effectiveFrom: '2025-03-01' } };
    given(hierarchyDecider, [...history, dissolved])
      .when({ type: 'CreateUnit', unitId: 'new-branch', parentId: 'lao-chai', ...profile('Chi đoàn mới'), effectiveFrom: '2025-04-01' })
      .thenFails('UNIT.PARENT_NOT_ACTIVE');
  });

  it('splits a unit into new ones under the same parent, reassigning its branches', () => {
    const events = given(hierarchyDecider, history)
      .when({
        type: 'SplitUnit',
        unitId: 'ta-van',
        into: [
          { unitId: 'ta-van-a', ...profile('Đoàn xã Tả Van A') },
          { unitId: 'ta-van-b', ...profile('Đoàn xã Tả Van B') },
        ],
        childAssignments: { 'ta-van-thon-1': 'ta-van-b' },
        effectiveFrom: '2025-09-01',
      })
      .then([
        { type: 'UnitCreated', data: { unitId: 'ta-van-a', parentId: 'lao-cai', effectiveFrom: '2025-09-01', ...profile('Đoàn xã Tả Van A') } },
        { type: 'UnitCreated', data: { unitId: 'ta-van-b', parentId: 'lao-cai', effectiveFrom: '2025-09-01', ...profile('Đoàn xã Tả Van B') } },
        { type: 'UnitMoved', data: { unitId: 'ta-van-thon-1', fromParentId: 'ta-van', toParentId: 'ta-van-b', effectiveFrom: '2025-09-01' } },
        { type: 'UnitSplit', data: { unitId: 'ta-van', successorUnitIds: ['ta-van-a', 'ta-van-b'], historyUnitId: 'ta-van-a', effectiveFrom: '2025-09-01' } },
      ]);
    const state = fold(hierarchyDecider, [...history, ...events]);
    expect(childrenAsOf(state, 'lao-cai', '2025-09-01').sort()).toEqual(['lao-chai', 'ta-van-a', 'ta-van-b']);
  });

  describe('the successor that carries the split unit’s history', () => {
    const splitTaVan = (historyUnitId?: string): HierarchyCommand => ({
      type: 'SplitUnit',
      unitId: 'ta-van',
      into: [
        { unitId: 'ta-van-a', ...profile('Đoàn xã Tả Van A') },
        { unitId: 'ta-van-b', ...profile('Đoàn xã Tả Van B') },
      ],
      childAssignments: { 'ta-van-thon-1': 'ta-van-a' },
      ...(historyUnitId === undefined ? {} : { historyUnitId }),
      effectiveFrom: '2025-09-01',
    });
    const splitEvents = (historyUnitId: string): HierarchyEvent[] => [
      { type: 'UnitCreated', data: { unitId: 'ta-van-a', parentId: 'lao-cai', effectiveFrom: '2025-09-01', ...profile('Đoàn xã Tả Van A') } },
      { type: 'UnitCreated', data: { unitId: 'ta-van-b', parentId: 'lao-cai', effectiveFrom: '2025-09-01', ...profile('Đoàn xã Tả Van B') } },
      { type: 'UnitMoved', data: { unitId: 'ta-van-thon-1', fromParentId: 'ta-van', toParentId: 'ta-van-a', effectiveFrom: '2025-09-01' } },
      { type: 'UnitSplit', data: { unitId: 'ta-van', successorUnitIds: ['ta-van-a', 'ta-van-b'], historyUnitId, effectiveFrom: '2025-09-01' } },
    ];

    it('is the part the command names, recorded with the split and on the split unit', () => {
      const events = given(hierarchyDecider, history).when(splitTaVan('ta-van-b')).then(splitEvents('ta-van-b'));
      const state = fold(hierarchyDecider, [...history, ...events]);
      expect(versionAsOf(state.units['ta-van'], '2025-09-01')).toMatchObject({ successorIds: ['ta-van-a', 'ta-van-b'], historyUnitId: 'ta-van-b' });
      expect(versionAsOf(state.units['ta-van'], '2025-08-31')?.historyUnitId).toBeUndefined();
    });

    it('is the first part when the command names none, and the event says so', () => {
      given(hierarchyDecider, history).when(splitTaVan()).then(splitEvents('ta-van-a'));
    });

    it.each(['lao-chai', 'ta-van', ''])('refuses "%s", which is not one of the new parts', (historyUnitId) => {
      const error = given(hierarchyDecider, history).when(splitTaVan(historyUnitId)).thenFails('UNIT.SPLIT_HISTORY_NOT_A_PART');
      expect(error.field).toBe('historyUnitId');
    });
  });

  it('refuses a split that leaves a branch without a new parent', () => {
    given(hierarchyDecider, history)
      .when({
        type: 'SplitUnit',
        unitId: 'ta-van',
        into: [
          { unitId: 'ta-van-a', ...profile('A') },
          { unitId: 'ta-van-b', ...profile('B') },
        ],
        childAssignments: {},
        effectiveFrom: '2025-09-01',
      })
      .thenFails('UNIT.SPLIT_CHILD_UNASSIGNED');
  });

  it('creates a unit whose absent area flags are false', () => {
    given(hierarchyDecider, history)
      .when({
        type: 'CreateUnit',
        unitId: 'x',
        parentId: 'lao-cai',
        nameVi: 'X',
        organisation: 'union',
        levelLabel: 'Chi đoàn',
        flags: { border: true },
        effectiveFrom: '2025-02-01',
      })
      .then([
        {
          type: 'UnitCreated',
          data: {
            unitId: 'x',
            parentId: 'lao-cai',
            effectiveFrom: '2025-02-01',
            nameVi: 'X',
            organisation: 'union',
            levelLabel: 'Chi đoàn',
            flags: { ethnicMinority: false, mountainous: false, border: true, island: false },
          },
        },
      ]);
  });

  it('makes the events that local copies of the hierarchy read exactly as the contracts describe them', () => {
    const same: Same<EventsOf<typeof hierarchyEventTypes>, HierarchyEvent> = true;
    expect(same).toBe(true);
    expect(HIERARCHY_STREAM_ID).toBe(shared.HIERARCHY_STREAM_ID);
    expect(CONTRACT_ORGANISATIONS).toEqual(ORGANISATIONS);
  });
});

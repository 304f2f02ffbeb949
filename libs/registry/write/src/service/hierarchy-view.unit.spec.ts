import { createUnit, profile, viewOf } from './authorisation.test-fixtures';

describe('HierarchyView.lineageOf', () => {
  it('answers for a merged unit through its successor, not its old parents', async () => {
    const view = await viewOf([
      createUnit('a', null),
      createUnit('b', null),
      createUnit('a1', 'a'),
      createUnit('a2', 'a'),
      { type: 'MergeUnits', sourceUnitIds: ['a1', 'a2'], successor: { newUnitId: 'a-new', ...profile('a-new'), parentId: 'a' }, effectiveFrom: '2025-07-01' },
      { type: 'MoveUnit', unitId: 'a-new', newParentId: 'b', effectiveFrom: '2025-08-01' },
    ]);
    expect(view.lineageOf('a1', '2025-06-30')).toEqual(['a1', 'a']);
    expect(view.lineageOf('a1', '2025-07-15')).toEqual(['a1', 'a-new', 'a']);
    // The successor moved: the merged commune now answers to B only.
    expect(view.lineageOf('a1', '2025-08-15')).toEqual(['a1', 'a-new', 'b']);
    expect(view.lineageOf('nowhere', '2025-08-15')).toEqual([]);
  });

  it('follows a chain of mergers, and gives a split unit the union of its successors’ lineages', async () => {
    const view = await viewOf([
      createUnit('a', null),
      createUnit('b', null),
      createUnit('x', 'a'),
      createUnit('y', 'a'),
      createUnit('z', 'b'),
      { type: 'MergeUnits', sourceUnitIds: ['x'], successor: { existingUnitId: 'y' }, effectiveFrom: '2025-03-01' },
      { type: 'MergeUnits', sourceUnitIds: ['y'], successor: { existingUnitId: 'z' }, effectiveFrom: '2025-04-01' },
      createUnit('s', 'a'),
      {
        type: 'SplitUnit',
        unitId: 's',
        into: [
          { unitId: 's1', ...profile('s1') },
          { unitId: 's2', ...profile('s2') },
        ],
        childAssignments: {},
        effectiveFrom: '2025-05-01',
      },
      { type: 'MoveUnit', unitId: 's2', newParentId: 'b', effectiveFrom: '2025-06-01' },
    ]);
    expect(view.lineageOf('x', '2025-03-15')).toEqual(['x', 'y', 'a']);
    expect(view.lineageOf('x', '2025-04-15')).toEqual(['x', 'z', 'b']);
    expect(view.lineageOf('s', '2025-04-30')).toEqual(['s', 'a']);
    expect(view.lineageOf('s', '2025-06-15')).toEqual(['s', 's1', 'a', 's2', 'b']);
  });

  it('keeps the last parents of a unit dissolved without successors', async () => {
    const view = await viewOf([createUnit('a', null), createUnit('d', 'a'), { type: 'DissolveUnit', unitId: 'd', effectiveFrom: '2025-03-01' }]);
    expect(view.lineageOf('d', '2025-04-01')).toEqual(['d', 'a']);
    expect(view.existsOn('d', '2024-12-31')).toBe(false);
    expect(view.existsOn('d', '2025-04-01')).toBe(true);
  });
});

import { HIERARCHY_STREAM_ID } from '@tn/registry-domain';
import { hierarchyRoutes } from './hierarchy-routes';
import { commandOf, failureOf, rightsOf, routeOf, streamOf } from './routes.test-fixtures';

const route = (type: string) => routeOf(hierarchyRoutes, type);
const unit = { unitId: 'lao-cai', nameVi: 'Tỉnh đoàn Lào Cai', organisation: 'union', levelLabel: 'Tỉnh đoàn', effectiveFrom: '2025-07-01' };

describe('hierarchy command routes', () => {
  it('routes every hierarchy command to the one hierarchy stream', () => {
    expect(hierarchyRoutes.map((r) => r.definition.type).sort()).toEqual([
      'CreateUnit',
      'DissolveUnit',
      'ImportUnits',
      'MergeUnits',
      'MoveUnit',
      'RenameUnit',
      'SplitUnit',
    ]);
    expect(streamOf(route('ImportUnits'), { parentId: 'lao-cai', units: [], effectiveFrom: '2025-07-01' })).toBe(HIERARCHY_STREAM_ID);
    expect(streamOf(route('CreateUnit'), unit)).toBe(HIERARCHY_STREAM_ID);
    expect(streamOf(route('DissolveUnit'), { unitId: 'ta-van', effectiveFrom: '2025-07-01' })).toBe(HIERARCHY_STREAM_ID);
    expect(streamOf(route('MergeUnits'), { sourceUnitIds: ['a'], successor: { existingUnitId: 'b' }, effectiveFrom: '2025-07-01' })).toBe(HIERARCHY_STREAM_ID);
  });

  it('maps a CreateUnit payload with the server date, and the unit it creates has its absent area flags false', async () => {
    const command = await commandOf(route('CreateUnit'), { ...unit, flags: { border: true } });
    expect(command).toEqual({ type: 'CreateUnit', ...unit, flags: { border: true }, today: '2025-07-01' });
    expect(route('CreateUnit').decider.decide(command, route('CreateUnit').decider.initialState())).toEqual([
      { type: 'UnitCreated', data: { ...unit, parentId: null, flags: { ethnicMinority: false, mountainous: false, border: true, island: false } } },
    ]);
  });

  it('names the missing field of a nested merge successor', async () => {
    const error = await failureOf(() =>
      commandOf(route('MergeUnits'), { sourceUnitIds: ['a', 'b'], successor: { newUnitId: 'c' }, effectiveFrom: '2025-07-01' }),
    );
    expect([error.code, error.field]).toEqual(['COMMAND.FIELD_REQUIRED', 'successor.nameVi']);
  });

  it('refuses a split whose assignments are not ids', async () => {
    const split = { unitId: 'yb-1', into: [], effectiveFrom: '2025-10-01' };
    expect(await failureOf(() => commandOf(route('SplitUnit'), { ...split, childAssignments: ['yb-1-thon'] }))).toMatchObject({
      code: 'COMMAND.FIELD_TYPE',
      field: 'childAssignments',
    });
    expect(await failureOf(() => commandOf(route('SplitUnit'), { ...split, childAssignments: { 'yb 1 thon': 'yb-1a' } }))).toMatchObject({
      code: 'INPUT.ID_INVALID',
      field: 'childAssignments',
    });
    expect(await commandOf(route('SplitUnit'), split)).toMatchObject({ childAssignments: {} });
  });

  it('carries the part a split names for its history to the decider, as text only', async () => {
    const split = { unitId: 'yb-1', into: [], childAssignments: {}, effectiveFrom: '2025-10-01' };
    expect(await commandOf(route('SplitUnit'), { ...split, historyUnitId: 'yb-1b' })).toMatchObject({ historyUnitId: 'yb-1b' });
    expect(await failureOf(() => commandOf(route('SplitUnit'), { ...split, historyUnitId: 7 }))).toMatchObject({
      code: 'COMMAND.FIELD_TYPE',
      field: 'historyUnitId',
    });
  });

  it('needs units:write over the units a command names, as of its effective date', () => {
    expect(rightsOf(route('CreateUnit'), unit)).toEqual({ permission: 'units:write', units: [null], effectiveDate: '2025-07-01' });
    expect(rightsOf(route('MoveUnit'), { unitId: 'm', newParentId: 'b', effectiveFrom: 'soon' })).toEqual({ permission: 'units:write', units: ['m', 'b'] });
    const merge = { sourceUnitIds: ['a1', 'a2'], successor: { newUnitId: 'a-new', ...unit, parentId: 'a' }, effectiveFrom: '2025-07-01' };
    expect(rightsOf(route('MergeUnits'), merge)).toMatchObject({ units: ['a1', 'a2', 'a'] });
    expect(rightsOf(route('MergeUnits'), { ...merge, successor: { existingUnitId: 'b' } })).toMatchObject({ units: ['a1', 'a2', 'b'] });
    // The children a part takes over are named by the client: each must be the actor's too.
    expect(rightsOf(route('SplitUnit'), { unitId: 'yb-1', childAssignments: { 'ta-van': 'yb-1a' }, effectiveFrom: '2025-10-01' })).toMatchObject({
      units: ['yb-1', 'ta-van'],
    });
  });
});

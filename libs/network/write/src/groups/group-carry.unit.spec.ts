import type { Db } from 'mongodb';
import { carryCommandId, carryCommandsFor, groupCarryReaction, groupsHostedBy as groupsHostedIn } from './group-carry';

const merged = { data: { sourceUnitIds: ['xa-a', 'xa-b', 'xa-new'], successorUnitId: 'xa-new', effectiveFrom: '2025-07-01' } };
const hosts: Record<string, string[]> = { 'xa-a': ['g-2', 'g-1'], 'xa-b': ['g-3'], 'xa-new': ['g-9'] };
const groupsHostedBy = async (unitId: string) => hosts[unitId] ?? [];

describe('carrying groups across a merger', () => {
  it('gives one carry per group each source unit hosts, to the successor from the merger’s date', async () => {
    const commands = await carryCommandsFor(merged, groupsHostedBy);
    expect(commands.map(({ type, payload }) => ({ type, ...payload }))).toEqual([
      { type: 'CarryGroupAffiliation', groupId: 'g-1', fromUnitId: 'xa-a', successorUnitId: 'xa-new', effectiveFrom: '2025-07-01' },
      { type: 'CarryGroupAffiliation', groupId: 'g-2', fromUnitId: 'xa-a', successorUnitId: 'xa-new', effectiveFrom: '2025-07-01' },
      { type: 'CarryGroupAffiliation', groupId: 'g-3', fromUnitId: 'xa-b', successorUnitId: 'xa-new', effectiveFrom: '2025-07-01' },
    ]);
  });

  it('derives each command id from what it carries, so the same merger handled again gives the same ids', async () => {
    const [first, second] = [await carryCommandsFor(merged, groupsHostedBy), await carryCommandsFor(merged, groupsHostedBy)];
    expect(second.map((command) => command.commandId)).toEqual(first.map((command) => command.commandId));
    expect(new Set(first.map((command) => command.commandId)).size).toBe(3);
    expect(first[0]?.commandId).toMatch(/^group-carry-[0-9a-f]{64}$/);
    expect(carryCommandId({ groupId: 'g-1', fromUnitId: 'xa-a', successorUnitId: 'xa-new', effectiveFrom: '2025-07-02' })).not.toBe(first[0]?.commandId);
  });

  it('gives nothing when the merged units host no group', async () => {
    expect(await carryCommandsFor({ data: { sourceUnitIds: ['xa-z'], successorUnitId: 'xa-new', effectiveFrom: '2025-07-01' } }, groupsHostedBy)).toEqual([]);
  });

  it('reacts to UnitsMerged only, giving carry commands', async () => {
    const reaction = groupCarryReaction({ topic: 'registry.events', groupId: 'network-group-carry', groupsHostedBy });
    expect(reaction).toMatchObject({ eventTypes: ['UnitsMerged'], commandTypes: ['CarryGroupAffiliation'] });
    expect(await reaction.react({ type: 'UnitsMerged', data: merged.data } as never)).toHaveLength(3);
    expect(await reaction.react({ type: 'UnitCreated', data: {} } as never)).toEqual([]);
  });
});

describe('groupsHostedBy', () => {
  it('finds a unit’s groups by one equality on the projection’s host, leaving tombstones out', async () => {
    const queries: unknown[] = [];
    const rows = [{ _id: 'g-1' }, { _id: 'g-2', _deleted: true }];
    const db = {
      collection: (name: string) => ({
        find: (filter: unknown) => {
          queries.push([name, filter]);
          return { toArray: async () => rows };
        },
      }),
    } as unknown as Db;
    expect(await groupsHostedIn(() => db)('xa-a')).toEqual(['g-1']);
    expect(queries).toEqual([['network_group_hosts', { hostUnitId: 'xa-a' }]]);
  });
});

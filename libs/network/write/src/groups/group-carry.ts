import { createHash } from 'node:crypto';
import type { Db } from 'mongodb';
import type { CarryGroupAffiliation } from '@tn/network-contracts';
import type { Reaction, ReactionCommand } from '@tn/shared-event-sourcing-nest';
import type { UnitsMerged } from '@tn/shared-unit-hierarchy';
import { GROUP_HOSTS_PROJECTION, type GroupHostRow } from './group-hosts.projection';

/** One carry command, under an id derived from what it is about. */
export type CarryCommand = ReactionCommand & { type: 'CarryGroupAffiliation'; payload: CarryGroupAffiliation };

/**
 * The id of the command carrying one group across one merger: the same group, source, successor
 * and date always give the same id (a hash, so long ids still make a valid one), so a merger
 * handled again finds its commands stored already and stores nothing.
 */
export function carryCommandId(payload: CarryGroupAffiliation): string {
  const { groupId, fromUnitId, successorUnitId, effectiveFrom } = payload;
  const digest = createHash('sha256')
    .update(JSON.stringify(['CarryGroupAffiliation', groupId, fromUnitId, successorUnitId, effectiveFrom]))
    .digest('hex');
  return `group-carry-${digest}`;
}

/**
 * The registry merged units: every group each source unit hosts now is carried to the successor
 * from the merger's date (the group's decider decides nothing for one hosted elsewhere by then,
 * or carried already). A source that is the successor itself carries nothing.
 */
export async function carryCommandsFor(
  merged: Pick<UnitsMerged, 'data'>,
  groupsHostedBy: (unitId: string) => Promise<readonly string[]>,
): Promise<CarryCommand[]> {
  const { sourceUnitIds, successorUnitId, effectiveFrom } = merged.data;
  const commands: CarryCommand[] = [];
  for (const fromUnitId of new Set(sourceUnitIds)) {
    if (fromUnitId === successorUnitId) continue;
    for (const groupId of [...new Set(await groupsHostedBy(fromUnitId))].sort()) {
      const payload = { groupId, fromUnitId, successorUnitId, effectiveFrom };
      commands.push({ commandId: carryCommandId(payload), type: 'CarryGroupAffiliation', payload });
    }
  }
  return commands;
}

type StoredRow = GroupHostRow & { _id: string; _deleted?: boolean };

/** The groups a unit hosts now, by the group-hosts projection (one indexed equality). */
export const groupsHostedBy =
  (db: () => Db) =>
  async (unitId: string): Promise<string[]> => {
    const rows = await db()
      .collection<StoredRow>(GROUP_HOSTS_PROJECTION.collection)
      .find({ hostUnitId: unitId } as never, { projection: { _id: 1, _deleted: 1 } })
      .toArray();
    return rows.filter((row) => !row._deleted).map((row) => row._id);
  };

/**
 * The merger reactor: on the registry's UnitsMerged, the carry commands of `carryCommandsFor`.
 * `topic` is the registry's events topic and `groupId` this reactor's consumer group (the
 * service's naming).
 */
export const groupCarryReaction = (options: { topic: string; groupId: string; groupsHostedBy: (unitId: string) => Promise<readonly string[]> }): Reaction => ({
  name: 'network-group-carry',
  topic: options.topic,
  groupId: options.groupId,
  eventTypes: ['UnitsMerged'],
  commandTypes: ['CarryGroupAffiliation'],
  react: (event) => (event.type === 'UnitsMerged' ? carryCommandsFor(event as unknown as UnitsMerged, options.groupsHostedBy) : Promise.resolve([])),
});

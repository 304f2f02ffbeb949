import { type GroupStatus, groupStatusOn, hostUnitOn } from '@tn/network-contracts';
import type { GroupDoc } from './group.read-model';

/**
 * A group as of a date, from its document: its status (`groupStatusOn`) and the unit it belongs
 * to then (its host; until verified, the unit it proposed). Before its registration it is not
 * a group yet.
 */
export interface GroupStanding {
  status: GroupStatus;
  hostUnitId: string | null;
}

export function groupStandingOn(doc: GroupDoc, date: string): GroupStanding | undefined {
  if (date < doc.registeredOn) return undefined;
  const status = groupStatusOn(
    {
      registeredOn: doc.registeredOn,
      ...(doc.verifiedOn ? { verifiedOn: doc.verifiedOn } : {}),
      ...(doc.declinedOn ? { declinedOn: doc.declinedOn } : {}),
      activityDates: doc.activityDates,
      declarations: doc.declarations.map(({ status: declared, declaredOn }) => ({ status: declared, on: declaredOn })),
    },
    date,
  );
  const verified = doc.verifiedOn !== undefined && doc.verifiedOn <= date;
  return { status, hostUnitId: verified ? (hostUnitOn(doc.affiliations, date) ?? null) : doc.proposedHostUnitId };
}

/** The groups that belong to one of the units on the date, each with its standing then. */
export function groupsOfUnitsOn(docs: readonly GroupDoc[], unitIds: ReadonlySet<string>, date: string): { doc: GroupDoc; standing: GroupStanding }[] {
  const seen = new Set<string>();
  return docs.flatMap((doc) => {
    if (seen.has(doc.groupId)) return [];
    seen.add(doc.groupId);
    const standing = groupStandingOn(doc, date);
    return standing?.hostUnitId && unitIds.has(standing.hostUnitId) ? [{ doc, standing }] : [];
  });
}

/** How many groups are in each status (every status named, zero included). */
export function statusTotals(standings: readonly GroupStanding[]): Record<GroupStatus, number> {
  const totals: Record<GroupStatus, number> = { 'pending-verification': 0, declined: 0, active: 0, dormant: 0, dissolved: 0 };
  for (const { status } of standings) totals[status]++;
  return totals;
}

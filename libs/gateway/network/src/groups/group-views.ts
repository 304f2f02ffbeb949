import type { GroupStanding } from './group-standing';
import type { GroupView } from './group.models';
import type { GroupDoc } from './group.read-model';

/** The group as the API shows it, its status and host as of `asOf` (none before its registration: pending, no host). */
export function groupView(doc: GroupDoc, asOf: string, standing: GroupStanding | undefined): GroupView {
  return {
    id: doc.groupId,
    name: doc.name,
    kind: doc.kind,
    origin: doc.origin,
    fields: [...doc.fields],
    areaUnitIds: [...doc.areaUnitIds],
    size: doc.size,
    foundedOn: doc.foundedOn ?? null,
    leaderPersonIds: [...doc.leaderPersonIds],
    channel: doc.channel,
    registeredBy: doc.registeredBy,
    registeredOn: doc.registeredOn,
    proposedHostUnitId: doc.proposedHostUnitId,
    asOf,
    status: standing?.status ?? 'pending-verification',
    hostUnitId: standing?.hostUnitId ?? null,
    currentHostUnitId: doc.hostUnitId,
    verifiedBy: doc.verifiedBy ?? null,
    verifiedOn: doc.verifiedOn ?? null,
    declinedBy: doc.declinedBy ?? null,
    declinedOn: doc.declinedOn ?? null,
    declineReason: doc.declineReason ?? null,
    affiliations: doc.affiliations.map(({ unitId, from, to, reason }) => ({ unitId, from, to: to ?? null, reason })),
    declarations: doc.declarations.map(({ status, reason, declaredBy, declaredOn }) => ({ status, reason, declaredBy, declaredOn })),
    activityCount: doc.activityCount,
    lastActivityOn: doc.lastActivityOn ?? null,
    heldBookingCount: doc.heldBookingCount,
  };
}

import { membersOn } from '@tn/network-contracts';
import type { NetworkMembershipDoc } from './network-membership.read-model';
import type { NetworkDoc } from './network.read-model';
import type { NetworkMemberView, NetworkMembershipView, NetworkView } from './network.models';

export function networkView(doc: NetworkDoc): NetworkView {
  return {
    id: doc.networkId,
    name: doc.name,
    kind: doc.kind,
    reach: doc.reach,
    ownerUnitId: doc.ownerUnitId,
    fields: doc.fields,
    purpose: doc.purpose,
    status: doc.status,
    currentMemberCount: doc.currentMemberCount,
    formedBy: doc.formedBy,
    formedOn: doc.formedOn,
    dissolvedOn: doc.dissolvedOn ?? null,
    dissolvedBy: doc.dissolvedBy ?? null,
    dissolveReason: doc.dissolveReason ?? null,
  };
}

/** The members on a date, by the contracts' one rule (`membersOn`), by kind then id. */
export function membersOnDate(docs: readonly NetworkMembershipDoc[], date: string): NetworkMemberView[] {
  const periods = docs.flatMap(({ memberKind, memberId, periods }) => periods.map(({ from, to }) => ({ memberKind, memberId, from, to })));
  return membersOn(periods, date)
    .map(({ memberKind, memberId, from, to }) => ({ memberKind, memberId, from, to: to ?? null }))
    .sort((a, b) => a.memberKind.localeCompare(b.memberKind) || a.memberId.localeCompare(b.memberId));
}

export function membershipView(doc: NetworkMembershipDoc): NetworkMembershipView {
  return {
    networkId: doc.networkId,
    memberKind: doc.memberKind,
    memberId: doc.memberId,
    current: doc.current,
    periods: doc.periods.map((period) => ({
      from: period.from,
      to: period.to ?? null,
      admittedBy: period.admittedBy,
      admittedOn: period.admittedOn,
      endedBy: period.endedBy ?? null,
      endedOn: period.endedOn ?? null,
      endCause: period.endCause ?? null,
      endReason: period.endReason ?? null,
    })),
  };
}

import { groupEventTypes } from '@tn/network-contracts';
import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import type { EnvelopeOf, EventsOf } from '@tn/shared-event-contracts';
import type { GroupFactDoc } from './fact-docs';

export const REPORTING_GROUPS_COLLECTION = 'gw_reporting_groups';

type GroupEvent = EnvelopeOf<EventsOf<typeof groupEventTypes>>;

const withUnit = (doc: GroupFactDoc, unitId: string): GroupFactDoc =>
  doc.unitIds.includes(unitId) ? doc : { ...doc, unitIds: [...doc.unitIds, unitId].sort() };

/** Ends the open affiliation with `unitId` on `to` (its last day). */
function affiliationEnded(doc: GroupFactDoc, unitId: string, to: string): GroupFactDoc {
  const open = doc.affiliations.findLastIndex((affiliation) => affiliation.unitId === unitId && affiliation.to === undefined);
  if (open < 0) return doc;
  return { ...doc, affiliations: doc.affiliations.map((affiliation, index) => (index === open ? { ...affiliation, to } : affiliation)) };
}

/** Pure: the group's facts (what its status and host are read from) after one of its stream's events. */
export function evolveGroupFacts(doc: GroupFactDoc | null, event: GroupEvent): GroupFactDoc {
  if (event.type === 'GroupRegistered') {
    const { groupId, hostUnitId, registeredOn } = event.data;
    return { groupId, registeredOn, proposedHostUnitId: hostUnitId, affiliations: [], activityDates: [], declarations: [], unitIds: [hostUnitId] };
  }
  if (!doc) throw new Error(`${event.type} for a group the facts do not know`);
  switch (event.type) {
    case 'GroupVerified':
      return withUnit({ ...doc, verifiedOn: event.data.verifiedOn }, event.data.hostUnitId);
    case 'GroupVerificationDeclined':
      return { ...doc, declinedOn: event.data.declinedOn };
    case 'GroupAffiliated': {
      const { unitId, from } = event.data;
      return withUnit({ ...doc, affiliations: [...doc.affiliations, { unitId, from }] }, unitId);
    }
    case 'GroupAffiliationEnded':
      return affiliationEnded(doc, event.data.unitId, event.data.to);
    case 'GroupStatusDeclared':
      return { ...doc, declarations: [...doc.declarations, { status: event.data.status, on: event.data.declaredOn }] };
    case 'GroupActivityRecorded':
      return { ...doc, activityDates: [...doc.activityDates, event.data.on].sort() };
    // Its profile and bookings say nothing an indicator reads.
    case 'GroupProfileRevised':
    case 'GroupDatesBooked':
    case 'GroupDatesReleased':
      return doc;
    default:
      return assertNever(event);
  }
}

/** One document per group, fed by its whole stream in order (an affiliation ends after it began). */
export const groupFactsProjection = projectionOver(groupEventTypes, {
  name: 'gateway-reporting-groups',
  collection: REPORTING_GROUPS_COLLECTION,
  documentId: (event) => event.data.groupId,
  evolve: evolveGroupFacts,
  // The engine: the groups a unit hosted or proposed to host ({ unitIds }, one query per unit).
  indexes: [{ unitIds: 1 }],
});

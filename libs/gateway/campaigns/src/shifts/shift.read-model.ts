import { type ShiftPlan, shiftEventTypes } from '@tn/campaigns-contracts';
import { projectionOver } from '@tn/shared-event-bus';
import type { EnvelopeOf, EventsOf } from '@tn/shared-event-contracts';

export const SHIFTS_COLLECTION = 'gw_campaigns_shifts';

/** A shift with its sign-ups: confirmed in confirmation order, the waitlist in promotion order. */
export type ShiftDoc = ShiftPlan & {
  status: 'scheduled';
  confirmed: string[];
  waitlisted: string[];
  pending: string[];
};

type ShiftEvent = EnvelopeOf<EventsOf<typeof shiftEventTypes>>;
type ShiftScheduledData = Extract<ShiftEvent, { type: 'ShiftScheduled' }>['data'];
type SignUpEventType = Exclude<ShiftEvent['type'], 'ShiftScheduled' | 'ShiftCapacityChanged'>;

const without = (list: readonly string[], volunteerId: string): string[] => list.filter((id) => id !== volunteerId);

/** Where each sign-up event moves its volunteer: the events record the service's decisions, this only follows them. */
const SIGN_UP_MOVES: Readonly<Record<SignUpEventType, (doc: ShiftDoc, volunteerId: string) => Partial<ShiftDoc>>> = {
  SignUpRequested: (doc, volunteerId) => ({ pending: [...doc.pending, volunteerId] }),
  SignUpApproved: (doc, volunteerId) => ({ pending: without(doc.pending, volunteerId) }),
  SignUpRejected: (doc, volunteerId) => ({ pending: without(doc.pending, volunteerId) }),
  SignUpConfirmed: (doc, volunteerId) => ({ confirmed: [...doc.confirmed, volunteerId] }),
  SignUpWaitlisted: (doc, volunteerId) => ({ waitlisted: [...doc.waitlisted, volunteerId] }),
  SignUpCancelled: (doc, volunteerId) => ({
    confirmed: without(doc.confirmed, volunteerId),
    waitlisted: without(doc.waitlisted, volunteerId),
    pending: without(doc.pending, volunteerId),
  }),
  WaitlistPromoted: (doc, volunteerId) => ({ waitlisted: without(doc.waitlisted, volunteerId), confirmed: [...doc.confirmed, volunteerId] }),
};

function scheduled(data: ShiftScheduledData): ShiftDoc {
  const { shiftId, activityId, roleId, roleName, requiredSkills, minimumAge, requiresApproval, startsAt, endsAt, capacity, waitlist } = data;
  const role = { roleId, name: roleName, requiredSkills, requiresApproval, ...(minimumAge === undefined ? {} : { minimumAge }) };
  return { status: 'scheduled', shiftId, activityId, role, startsAt, endsAt, capacity, waitlist, confirmed: [], waitlisted: [], pending: [] };
}

/**
 * Pure: the shift document after one of its stream's events. The places and the waitlist move
 * as the events say (the service decided them): confirmed and waitlisted in the order recorded.
 */
export function evolveShift(doc: ShiftDoc | null, event: ShiftEvent): ShiftDoc {
  if (event.type === 'ShiftScheduled') return scheduled(event.data);
  if (!doc) throw new Error(`${event.type} for a shift the read model does not know`);
  if (event.type === 'ShiftCapacityChanged') return { ...doc, capacity: event.data.capacity };
  return { ...doc, ...SIGN_UP_MOVES[event.type](doc, event.data.volunteerId) };
}

export const shiftProjection = projectionOver(shiftEventTypes, {
  name: 'gateway-shifts',
  collection: SHIFTS_COLLECTION,
  documentId: (event) => event.data.shiftId,
  evolve: evolveShift,
  // CampaignsDirectory.shiftsOf: an activity's shifts ({ activityId }).
  indexes: [{ activityId: 1 }],
});

import { evolveShift as evolveShiftState, initialShift, type ScheduledShift, type ShiftEvent } from '@tn/campaigns-domain';
import { defineProjection } from '@tn/shared-event-bus';
import type { EventEnvelope } from '@tn/shared-event-contracts';

export const SHIFTS_COLLECTION = 'gw_shifts';

/** A shift with its sign-ups: confirmed in confirmation order, the waitlist in promotion order. */
export type ShiftDoc = Omit<ScheduledShift, 'confirmed' | 'waitlisted' | 'pending'> & { confirmed: string[]; waitlisted: string[]; pending: string[] };

const HANDLED = [
  'ShiftScheduled',
  'ShiftCapacityChanged',
  'SignUpRequested',
  'SignUpApproved',
  'SignUpRejected',
  'SignUpConfirmed',
  'SignUpWaitlisted',
  'SignUpCancelled',
  'WaitlistPromoted',
] as const;

/**
 * Pure: the shift document after one of its stream's events. The places and the waitlist
 * move exactly as the service's own state does (the domain's evolve, over the same events).
 */
export function evolveShift(doc: ShiftDoc | null, event: EventEnvelope): ShiftDoc {
  if (event.type !== 'ShiftScheduled' && !doc) throw new Error(`${event.type} for a shift the read model does not know`);
  const next = evolveShiftState(doc ?? initialShift(), { type: event.type, data: event.data } as unknown as ShiftEvent);
  if (next.status === 'none') throw new Error(`shift read model cannot apply ${event.type}`);
  return { ...next, confirmed: [...next.confirmed], waitlisted: [...next.waitlisted], pending: [...next.pending] };
}

export const shiftProjection = defineProjection<ShiftDoc>({
  name: 'gateway-shifts',
  collection: SHIFTS_COLLECTION,
  handles: HANDLED,
  documentId: (event) => String((event.data as Record<string, unknown>)['shiftId']),
  evolve: evolveShift,
});

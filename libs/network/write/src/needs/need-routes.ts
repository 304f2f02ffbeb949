import { type CommandRoute, routesOf } from '@tn/shared-event-sourcing-nest';
import { vietnamDateOf } from '@tn/shared-unit-hierarchy';
import { needCommandTypes } from '@tn/network-contracts';
import {
  type LookedUpGroupBooking,
  type LookedUpNeedPlace,
  type LookedUpOfferAgreement,
  type LookedUpOfferer,
  type LookedUpSurveyActivity,
  NEED_STREAM_TYPE,
  needDecider,
} from '@tn/network-domain';
import { acting } from '../acting';
import type { NetworkLookups } from '../lookups';

/** The place in the service's copy of the hierarchy today: known, and the raising unit on its lineage (itself or an ancestor). */
export function placeFactOf(lookups: NetworkLookups, placeUnitId: string, unitId: string, today: string): LookedUpNeedPlace {
  return { known: lookups.knownUnitOn(placeUnitId, today), withinUnit: lookups.lineageOf(placeUnitId, today).includes(unitId) };
}

/** A survey's activity in the service's copy of the campaigns' activities, and whether its unit lies in the raising unit's subtree. */
export async function surveyActivityFactOf(lookups: NetworkLookups, activityId: string, unitId: string, today: string): Promise<LookedUpSurveyActivity> {
  const activity = await lookups.campaignActivityOf(activityId);
  if (!activity) return { found: false, withinUnit: false };
  return { found: true, withinUnit: lookups.lineageOf(activity.unitId, today).includes(unitId) };
}

/** The offerer's status on its own stream; an unknown kind is looked up nowhere (the decider refuses it first). */
export async function offererFactOf(lookups: NetworkLookups, kind: string, id: string): Promise<LookedUpOfferer> {
  if (kind === 'group') return { status: (await lookups.groupOf(id)).status };
  if (kind === 'partner') return { status: (await lookups.partnerOf(id)).status };
  return { status: 'none' };
}

/**
 * The agreement an offer names: its partner and validity (the decider holds them against the
 * need's dates), and whether it binds the need's unit: its lead or a party unit is on the unit's
 * lineage today (the unit itself or one above it).
 */
export async function agreementFactOf(lookups: NetworkLookups, agreementId: string, needId: string, today: string): Promise<LookedUpOfferAgreement> {
  const agreement = await lookups.agreementOf(agreementId);
  if (agreement.status === 'none') return { status: 'none' };
  const need = await lookups.needOf(needId);
  const lineage = need.status === 'none' ? [] : lookups.lineageOf(need.unitId, today);
  const bindsUnit = [agreement.leadUnitId, ...agreement.partyUnitIds].some((unitId) => lineage.includes(unitId));
  const { partnerId, validFrom, validTo, termination } = agreement;
  return { status: 'found', partnerId, bindsUnit, validFrom, validTo, ...(termination ? { termination: { on: termination.on } } : {}) };
}

/**
 * The status and bookings of the group a match offers (no status and no bookings for a partner's
 * offer, or a match the need does not have).
 */
export async function acceptanceFactsOf(
  lookups: NetworkLookups,
  needId: string,
  matchId: string,
): Promise<{ groupBookings: LookedUpGroupBooking[]; groupRecord?: LookedUpOfferer }> {
  const need = await lookups.needOf(needId);
  const match = need.status === 'none' ? undefined : need.matches.find((candidate) => candidate.matchId === matchId);
  if (match?.offerer.kind !== 'group') return { groupBookings: [] };
  const group = await lookups.groupOf(match.offerer.id);
  const groupBookings = group.bookings.map(({ matchId: booked, needId: bookedFor, from, to, released }) => ({
    matchId: booked,
    needId: bookedFor,
    from,
    to,
    released,
  }));
  return { groupBookings, groupRecord: { status: group.status } };
}

/**
 * Needs and their matches: one stream per need. A new need carries its place (and its survey's
 * activity) as found in the service's copies today; an offer carries its offerer's status and
 * the agreement it names; accepting a group's offer carries the group's status and bookings, so
 * the decider refuses a group dissolved meanwhile or already promised on those days (the booking
 * reactor checks again on the group's own stream, which closes the race between two needs).
 */
export const needRoutes = (lookups: NetworkLookups): CommandRoute[] =>
  routesOf(
    needCommandTypes,
    { streamType: NEED_STREAM_TYPE, decider: needDecider },
    {
      RaiseNeed: async ({ unitId, placeUnitId, source, activityId }, envelope) => {
        const today = vietnamDateOf(envelope.issuedAt);
        const place = placeFactOf(lookups, placeUnitId, unitId, today);
        if (source !== 'activity-survey' || !activityId) return { place };
        return { place, activity: await surveyActivityFactOf(lookups, activityId, unitId, today) };
      },
      ProposeNeedMatch: async ({ needId, offerer, agreementId }, envelope) => ({
        offererRecord: await offererFactOf(lookups, offerer.kind, offerer.id),
        ...(agreementId ? { agreement: await agreementFactOf(lookups, agreementId, needId, vietnamDateOf(envelope.issuedAt)) } : {}),
      }),
      AcceptNeedMatch: async ({ needId, matchId }) => acceptanceFactsOf(lookups, needId, matchId),
    },
  ).map(acting);

import type { ParticipationFacts } from '@tn/campaigns-contracts';

/**
 * Pure: a volunteer's participation in one campaign — hours from attendance in the shifts of the
 * campaign's activities, and how many of those activities they have hours in.
 */
export function campaignParticipationFacts(
  hoursByShift: readonly { shiftId: string; hours: number }[],
  activityOfShift: ReadonlyMap<string, string | undefined>,
  campaignOfActivity: ReadonlyMap<string, string | undefined>,
  campaignId: string,
): ParticipationFacts {
  let hours = 0;
  const activities = new Set<string>();
  for (const shift of hoursByShift) {
    const activityId = activityOfShift.get(shift.shiftId);
    if (!activityId || campaignOfActivity.get(activityId) !== campaignId || !(shift.hours > 0)) continue;
    hours += shift.hours;
    activities.add(activityId);
  }
  return { hours: Math.round(hours * 100) / 100, activities: activities.size };
}

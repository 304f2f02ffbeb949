/** What an activity produced and mobilised, with totals. */
export default function OutputsTab(_props: { activityId: string; unitId: string; campaignId: string | null }) {
  return null;
}

/** An activity's attendance: the records of each shift and the corrections to review. */
export default function AttendanceTab(_props: { activityId: string; unitId: string }) {
  return null;
}

/**
 * The professionalised lifecycle (domain.md §5): needs survey and site → planned → prepared →
 * in progress → completed → evaluated; follow-ups maintain the results after completion.
 * Cancellation (with a reason) is possible from any state before completion.
 */
export const ACTIVITY_STATUSES = ['needs-survey', 'planned', 'prepared', 'in-progress', 'completed', 'evaluated', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

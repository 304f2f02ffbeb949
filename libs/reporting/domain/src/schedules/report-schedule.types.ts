/** The window a unit set for its subtree's reports of one template and period (none before the first schedule). */
export interface ReportScheduleState {
  schedules: number;
  window?: { opensOn: string; dueOn: string; closesOn: string };
}

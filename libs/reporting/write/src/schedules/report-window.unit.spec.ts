import type { ReportScheduleState } from '@tn/reporting-domain';
import { reportWindowFor } from './report-window';

describe('the window a report route finds', () => {
  it('reads each unit of the lineage’s schedule for the template and period, and takes the nearest', async () => {
    const asked: string[] = [];
    const province = { opensOn: '2026-11-15', dueOn: '2026-12-10', closesOn: '2027-01-15' };
    const lookups = {
      scheduleOf: async (unitId: string, templateId: string, period: string): Promise<ReportScheduleState> => {
        asked.push(`${unitId}:${templateId}:${period}`);
        return unitId === 'tinh-lao-cai' ? { schedules: 1, window: province } : { schedules: 0 };
      },
    };
    expect(await reportWindowFor(lookups, ['xa-ta-van', 'tinh-lao-cai'], 'yearly', 'Y2026', false)).toEqual(province);
    expect(asked).toEqual(['xa-ta-van:yearly:Y2026', 'tinh-lao-cai:yearly:Y2026']);
  });
});

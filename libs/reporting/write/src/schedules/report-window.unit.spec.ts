import type { ReportScheduleState } from '@tn/reporting-domain';
import { reportWindowFor, type ScheduleLookups } from './report-window';

/** Schedules set by unit, for the yearly Y2026 report only. */
function schedules(byUnit: Record<string, ReportScheduleState['window']>): ScheduleLookups {
  return {
    scheduleOf: async (unitId, templateId, period) => {
      const window = templateId === 'yearly' && period === 'Y2026' ? byUnit[unitId] : undefined;
      return window ? { schedules: 1, window } : { schedules: 0 };
    },
  };
}

const LINEAGE = ['xa-ta-van', 'tinh-lao-cai', 'trung-uong'];
const PROVINCE_WINDOW = { opensOn: '2026-11-15', dueOn: '2026-12-10', closesOn: '2027-01-15' };

describe('the window of a unit’s report', () => {
  it('is the template’s default when no unit of the lineage set one: ten days more for a unit with units below', async () => {
    expect(await reportWindowFor(schedules({}), LINEAGE, 'yearly', 'Y2026', false)).toEqual({
      opensOn: '2026-12-01',
      dueOn: '2027-01-10',
      closesOn: '2027-03-31',
    });
    expect((await reportWindowFor(schedules({}), LINEAGE, 'yearly', 'Y2026', true))?.dueOn).toBe('2027-01-20');
  });

  it('is the nearest schedule of the lineage: the province’s over the centre’s, the commune’s own over both', async () => {
    const centre = { opensOn: '2026-12-01', dueOn: '2026-12-31', closesOn: '2027-02-28' };
    expect(await reportWindowFor(schedules({ 'trung-uong': centre, 'tinh-lao-cai': PROVINCE_WINDOW }), LINEAGE, 'yearly', 'Y2026', false)).toEqual(
      PROVINCE_WINDOW,
    );
    const own = { opensOn: '2026-11-20', dueOn: '2026-12-05', closesOn: '2027-01-15' };
    expect(await reportWindowFor(schedules({ 'xa-ta-van': own, 'tinh-lao-cai': PROVINCE_WINDOW }), LINEAGE, 'yearly', 'Y2026', false)).toEqual(own);
  });

  it('gives a unit with units below the template’s consolidation days more, never past the close', async () => {
    expect(await reportWindowFor(schedules({ 'tinh-lao-cai': PROVINCE_WINDOW }), LINEAGE.slice(1), 'yearly', 'Y2026', true)).toEqual({
      ...PROVINCE_WINDOW,
      dueOn: '2026-12-20',
    });
    const tight = { opensOn: '2026-11-15', dueOn: '2027-01-10', closesOn: '2027-01-15' };
    expect((await reportWindowFor(schedules({ 'tinh-lao-cai': tight }), LINEAGE.slice(1), 'yearly', 'Y2026', true))?.dueOn).toBe('2027-01-15');
  });

  it('is none for a template or a period the platform has no report for (the decider names which)', async () => {
    expect(await reportWindowFor(schedules({}), LINEAGE, 'monthly', 'Y2026', false)).toBeUndefined();
    expect(await reportWindowFor(schedules({}), LINEAGE, 'yearly', 'H2026-2', false)).toBeUndefined();
  });
});

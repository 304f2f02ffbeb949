import { reportWindowAmong } from './scheduled-window';

const PROVINCE_WINDOW = { opensOn: '2026-11-15', dueOn: '2026-12-10', closesOn: '2027-01-15' };

describe('the window of a unit’s report among its lineage’s schedules', () => {
  it('is the template’s default when no unit of the lineage set one: ten days more for a unit with units below', () => {
    expect(reportWindowAmong('yearly', 'Y2026', false, [undefined, undefined])).toEqual({
      opensOn: '2026-12-01',
      dueOn: '2027-01-10',
      closesOn: '2027-03-31',
    });
    expect(reportWindowAmong('yearly', 'Y2026', true, [])?.dueOn).toBe('2027-01-20');
  });

  it('is the nearest schedule above the unit: the province’s over the centre’s; the commune’s own is for the units below it', () => {
    const centre = { opensOn: '2026-12-01', dueOn: '2026-12-31', closesOn: '2027-02-28' };
    expect(reportWindowAmong('yearly', 'Y2026', false, [undefined, PROVINCE_WINDOW, centre])).toEqual(PROVINCE_WINDOW);
    const own = { opensOn: '2026-11-20', dueOn: '2027-02-05', closesOn: '2027-06-15' };
    expect(reportWindowAmong('yearly', 'Y2026', false, [own, PROVINCE_WINDOW, centre])).toEqual(PROVINCE_WINDOW);
    expect(reportWindowAmong('yearly', 'Y2026', false, [own, undefined])?.dueOn).toBe('2027-01-10');
  });

  it('takes its own schedule at the top of the hierarchy, which nobody schedules for', () => {
    expect(reportWindowAmong('yearly', 'Y2026', true, [PROVINCE_WINDOW])).toEqual({ ...PROVINCE_WINDOW, dueOn: '2026-12-20' });
  });

  it('gives a unit with units below the template’s consolidation days more, never past the close', () => {
    expect(reportWindowAmong('yearly', 'Y2026', true, [undefined, PROVINCE_WINDOW])).toEqual({ ...PROVINCE_WINDOW, dueOn: '2026-12-20' });
    const tight = { opensOn: '2026-11-15', dueOn: '2027-01-10', closesOn: '2027-01-15' };
    expect(reportWindowAmong('yearly', 'Y2026', true, [undefined, tight])?.dueOn).toBe('2027-01-15');
    expect(reportWindowAmong('mid-term-review', 'Y2025', true, [undefined, PROVINCE_WINDOW])?.dueOn).toBe('2026-12-25');
  });

  it('is none for a template or a period the platform has no report for (the decider names which)', () => {
    expect(reportWindowAmong('monthly', 'Y2026', false, [])).toBeUndefined();
    expect(reportWindowAmong('yearly', 'H2026-2', false, [])).toBeUndefined();
    expect(reportWindowAmong('mid-term-review', 'Y2026', false, [PROVINCE_WINDOW])).toBeUndefined();
  });
});

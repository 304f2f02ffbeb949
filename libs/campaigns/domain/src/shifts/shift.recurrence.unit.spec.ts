import { expandWeeklyTemplate, type WeeklyShiftTemplate } from '@tn/campaigns-contracts';
import { fold } from '@tn/shared-decider';
import { shiftDecider } from './shift.decide';

// The expansion is a read contract (the gateway runs it); each occurrence it gives must be one the domain schedules.
const template: WeeklyShiftTemplate = {
  templateId: 'tiep-suc',
  activityId: 'a-exam',
  role: { roleId: 'guide', name: 'Hướng dẫn thí sinh', requiredSkills: [], requiresApproval: false },
  capacity: 10,
  waitlist: true,
  slots: [
    { weekday: 3, start: '13:30', end: '17:00' },
    { weekday: 1, start: '06:30', end: '11:00' },
    { weekday: 3, start: '06:30', end: '11:00' },
  ],
  utcOffset: '+07:00',
};

describe('recurring shifts', () => {
  it('schedules each shift a weekly template expands into', () => {
    const expansion = expandWeeklyTemplate(template, '2026-06-22', '2026-06-29');
    if (!('shifts' in expansion)) throw new Error('expected occurrences');
    expect(expansion.shifts).toHaveLength(4);
    for (const command of expansion.shifts) {
      expect(fold(shiftDecider, shiftDecider.decide({ ...command, activityStatus: 'planned' }, shiftDecider.initialState())).status).toBe('scheduled');
    }
  });
});

import { isReportPeriodOf, reportTemplateOf, reportWindowAmong } from '@tn/reporting-contracts';
import { accounts, units } from './demo-dataset';
import { demoReportSteps, demoSchedules, XA_TA_VAN_ID } from './demo-reports';

describe('the reports demo (Lào Cai 2025 review, 2026 yearly reports)', () => {
  it.each(['2026-12-07', '2027-02-15', '2027-09-30', '2029-05-01'])('sets windows that are open on %s, whatever day the demo runs', (today) => {
    for (const schedule of demoSchedules(today)) {
      const template = reportTemplateOf(schedule.templateId)!;
      expect(isReportPeriodOf(template, schedule.period)).toBe(true);
      // A commune's window and the province's (ten or fifteen days more, never past the close) are both open.
      // The commune's window is its province's schedule; the province, at the top here, takes its own.
      for (const [hasChildren, lineage] of [
        [false, [undefined, schedule]],
        [true, [schedule]],
      ] as const) {
        const window = reportWindowAmong(schedule.templateId, schedule.period, hasChildren, lineage)!;
        expect({ schedule: schedule.templateId, open: window.opensOn <= today && today <= window.closesOn && window.dueOn <= window.closesOn }).toEqual({
          schedule: schedule.templateId,
          open: true,
        });
      }
    }
  });

  it('acts as accounts of the dataset, on units of the dataset, drafting before submitting and submitting before approving', () => {
    const steps = demoReportSteps('2026-12-07');
    const usernames = new Set(accounts.map((account) => account.username));
    expect(steps.filter((step) => !usernames.has(step.account))).toEqual([]);
    expect(units.some((unit) => unit.unitId === XA_TA_VAN_ID)).toBe(true);
    const order = steps.map((step) => step.what);
    for (const unit of ['Y Tý 2026', 'Tả Van 2026']) expect(order.indexOf(`draft ${unit}`)).toBeLessThan(order.indexOf(`submit ${unit}`));
    expect(order.indexOf('submit Tả Van 2026')).toBeLessThan(order.indexOf('approve Tả Van 2026'));
    // The account that submitted a report never approves it (the reporting service refuses that).
    const accountOf = (what: string) => steps.find((step) => step.what === what)?.account;
    expect(accountOf('approve Tả Van 2026')).not.toBe(accountOf('submit Tả Van 2026'));
    // Y Tý's report waits for the province: the console's browser tests approve it as demo.tinhdoan.
    expect(order).not.toContain('approve Y Tý 2026');
  });
});

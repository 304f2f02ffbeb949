import { rateRowOf, rateTotalsOf } from './reporting-rates';
import type { ReportDoc } from './report.read-model';

const TODAY = '2027-01-20';
const reportOf = (unitId: string, more: Partial<ReportDoc>): ReportDoc =>
  ({
    reportId: `${unitId}:yearly:Y2026`,
    unitId,
    templateId: 'yearly',
    period: 'Y2026',
    status: 'draft',
    sections: [],
    commendations: [],
    submissions: 0,
    current: null,
    approved: null,
    history: [],
    dueOn: null,
    firstSubmittedAt: null,
    onTime: null,
    excuseReason: null,
    templatePeriod: 'yearly:Y2026',
    updatedAt: '2027-01-01T00:00:00.000Z',
    ...more,
  }) as ReportDoc;

describe('reporting rates and timeliness', () => {
  // Submitted on time and approved; submitted late; a draft past its due day; excused; nothing written yet but not due.
  const rows = [
    rateRowOf(
      'xa-a',
      reportOf('xa-a', {
        status: 'approved',
        dueOn: '2027-01-10',
        firstSubmittedAt: '2027-01-09T20:00:00.000Z',
        onTime: true,
        approved: { submission: 1, values: [], structureDate: '2027-01-09', approvedAt: '2027-01-12T03:00:00.000Z', approvedBy: 'acc', comment: null },
      }),
      '2027-01-10',
      TODAY,
    ),
    rateRowOf(
      'xa-b',
      reportOf('xa-b', { status: 'submitted', dueOn: '2027-01-10', firstSubmittedAt: '2027-01-15T02:00:00.000Z', onTime: false }),
      '2027-01-10',
      TODAY,
    ),
    rateRowOf('xa-c', reportOf('xa-c', { status: 'draft' }), '2027-01-10', TODAY),
    rateRowOf('xa-d', reportOf('xa-d', { status: 'excused', excuseReason: 'Sáp nhập' }), '2027-01-10', TODAY),
    rateRowOf('huyen-2', undefined, '2027-01-20', TODAY),
  ];

  it('gives each unit its status, due day, first submission (Vietnam day), timeliness and approval day', () => {
    expect(
      rows.map(({ unitId, status, firstSubmittedOn, onTime, approvedOn, overdue }) => ({ unitId, status, firstSubmittedOn, onTime, approvedOn, overdue })),
    ).toEqual([
      { unitId: 'xa-a', status: 'approved', firstSubmittedOn: '2027-01-10', onTime: true, approvedOn: '2027-01-12', overdue: false },
      { unitId: 'xa-b', status: 'submitted', firstSubmittedOn: '2027-01-15', onTime: false, approvedOn: null, overdue: false },
      { unitId: 'xa-c', status: 'draft', firstSubmittedOn: null, onTime: null, approvedOn: null, overdue: true },
      { unitId: 'xa-d', status: 'excused', firstSubmittedOn: null, onTime: null, approvedOn: null, overdue: false },
      { unitId: 'huyen-2', status: 'none', firstSubmittedOn: null, onTime: null, approvedOn: null, overdue: false },
    ]);
    expect(rows[4]?.dueOn).toBe('2027-01-20');
  });

  it('expects every unit but the excused: reporting rate = received / expected, timeliness = on time / expected', () => {
    expect(rateTotalsOf(rows)).toEqual({ units: 5, expected: 4, received: 2, onTime: 1, approved: 1, excused: 1, reportingRate: 50, timelinessRate: 25 });
  });

  it('has no rates when no report is expected', () => {
    expect(rateTotalsOf(rows.slice(3, 4))).toMatchObject({ expected: 0, reportingRate: null, timelinessRate: null });
    expect(rateTotalsOf([])).toMatchObject({ units: 0, reportingRate: null });
  });
});

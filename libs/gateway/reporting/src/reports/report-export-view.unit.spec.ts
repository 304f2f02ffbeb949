import { reviewExportViewOf } from '../review/review-export-view';
import type { ProgrammeReviewView } from '../review/programme-review.models';
import { reportExportViewOf } from './report-export-view';
import type { ReportFigureView, ReportView } from './report.models';

const figure = (indicatorId: string, value: number | null, target: number | null, unit = '%'): ReportFigureView => ({
  indicatorId,
  version: 1,
  code: indicatorId.toUpperCase(),
  name: `Chỉ tiêu ${indicatorId}`,
  unit,
  value,
  numerator: null,
  denominator: null,
  target,
});

const report = (more: Partial<ReportView>): ReportView => ({
  reportId: 'xa-a:yearly:Y2026',
  unitId: 'xa-a',
  unitName: 'Đoàn xã A',
  templateId: 'yearly',
  templateName: 'Báo cáo năm',
  period: 'Y2026',
  status: 'approved',
  window: { opensOn: '2026-12-01', dueOn: '2027-01-10', closesOn: '2027-03-31' },
  sections: [
    { key: 'results', title: 'Kết quả thực hiện', narrative: 'Tốt' },
    { key: 'limitations', title: 'Hạn chế, nguyên nhân', narrative: '' },
  ],
  commendations: [{ proposalId: 'p1', subjectKind: 'person', subjectId: 'can-bo-a', subjectName: null, award: 'giay-khen', reason: 'Xuất sắc' }],
  submissions: 1,
  submittedAt: '2027-01-05T02:00:00.000Z',
  approvedAt: '2027-01-12T02:00:00.000Z',
  onTime: true,
  excuseReason: null,
  structureDate: '2027-01-20',
  prefill: [figure('k2', 47, 60)],
  declaredValues: [],
  submittedValues: [figure('k2', 45, 60)],
  approvedValues: [figure('k2', 45, 60), figure('k5-partners', 3, null, 'đối tác')],
  changesSinceApproval: [{ indicatorId: 'k2', approved: 45, current: 47, difference: 2 }],
  children: [{ unitId: 'chi-doan', name: 'Chi đoàn', status: 'excused', onTime: null, valuesFrom: 'none', values: [] }],
  consolidated: [],
  history: [{ action: 'approved', at: '2027-01-12T02:00:00.000Z', by: 'acc', text: null, submission: 1 }],
  ...more,
});

describe('a report as its export shows it', () => {
  it('shows the approved figures with what changed since, localised statuses, written sections only, and an unnamed person by id', () => {
    const view = reportExportViewOf(report({}), 'vi');
    expect(view.status).toBe('Đã duyệt');
    expect(view.indicators).toEqual([
      {
        indicatorId: 'k2',
        name: 'Chỉ tiêu k2',
        unit: '%',
        value: 45,
        numerator: null,
        denominator: null,
        target: 60,
        progress: 75,
        change: { approved: 45, current: 47, difference: 2 },
      },
      { indicatorId: 'k5-partners', name: 'Chỉ tiêu k5-partners', unit: '', value: 3, numerator: null, denominator: null, target: null, progress: null },
    ]);
    expect(view.sections).toEqual([{ title: 'Kết quả thực hiện', text: 'Tốt' }]);
    expect(view.children[0]).toMatchObject({ status: 'Miễn nộp', values: {} });
    expect(view.commendations[0]).toEqual({ subjectKind: 'Cá nhân', subjectName: 'can-bo-a', award: 'Giấy khen', reason: 'Xuất sắc' });
    expect(view.history[0]).toMatchObject({ action: 'Duyệt' });
  });

  it('falls back to the submitted figures, then to the engine’s now, in English', () => {
    expect(reportExportViewOf(report({ status: 'submitted', approvedValues: [], changesSinceApproval: [] }), 'en')).toMatchObject({
      status: 'Submitted',
      indicators: [{ value: 45 }],
    });
    expect(reportExportViewOf(report({ status: 'none', approvedValues: [], submittedValues: [] }), 'en').indicators).toMatchObject([{ value: 47 }]);
  });
});

describe('a programme review as its export shows it', () => {
  it('gives progress out of 100, one row per unit below, and names the units behind', () => {
    const review: ProgrammeReviewView = {
      unitId: 'huyen',
      unitName: 'Huyện đoàn',
      year: 2025,
      fromYear: 2023,
      title: 'Báo cáo sơ kết giữa kỳ',
      structureDate: '2026-12-07',
      indicators: [
        {
          indicatorId: 'k2',
          version: 1,
          code: 'K2',
          name: 'K2',
          unit: '%',
          trend: [{ year: 2025, value: 30 }],
          value: 30,
          target: 60,
          direction: 'at-least',
          progress: 0.5,
          reached: false,
          units: [
            { unitId: 'xa-a', name: 'Xã A', value: 70, target: 60, reached: true },
            { unitId: 'xa-b', name: 'Xã B', value: 10, target: 60, reached: false },
          ],
          behindTarget: ['xa-b'],
        },
      ],
    };
    const view = reviewExportViewOf(review, 'vi');
    expect(view.indicators[0]).toMatchObject({ progress: 50, reached: false });
    expect(view.units).toEqual([
      { unitId: 'xa-a', name: 'Xã A', values: { k2: { value: 70, target: 60, reached: true } } },
      { unitId: 'xa-b', name: 'Xã B', values: { k2: { value: 10, target: 60, reached: false } } },
    ]);
    expect(view.behindTarget).toEqual([{ indicatorId: 'k2', name: 'K2', units: ['Xã B'] }]);
  });
});

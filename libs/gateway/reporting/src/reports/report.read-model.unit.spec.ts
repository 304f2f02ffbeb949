import { envelope, fold } from '../facts/fact-envelopes.test-fixtures';
import { evolveReportDoc, reportProjection } from './report.read-model';

const key = { reportId: 'xa-a:yearly:Y2026', unitId: 'xa-a', templateId: 'yearly', period: 'Y2026' };
const figure = (value: number | null) => ({ indicatorId: 'k2', version: 1, value, numerator: value, denominator: 100, target: 60 });
const drafted = (text: string, at = '2026-12-10T02:00:00.000Z') =>
  envelope('ReportDraftSaved', {
    ...key,
    sections: [{ key: 'results', narrative: text }],
    commendations: [{ proposalId: 'p1', subjectKind: 'unit', subjectId: 'xa-a', award: 'giay-khen', reason: 'Tốt' }],
    savedAt: at,
    savedBy: 'acc-xa',
  });
const submitted = (submission: number, at: string, onTime: boolean, value = 40) =>
  envelope('ReportSubmitted', {
    ...key,
    submission,
    structureDate: '2027-01-05',
    stocksOn: '2026-12-31',
    values: [figure(value)],
    children: [],
    submittedAt: at,
    submittedBy: 'acc-xa',
    dueOn: '2027-01-10',
    onTime,
  });
const returned = envelope('ReportReturned', {
  reportId: key.reportId,
  unitId: 'xa-a',
  submission: 1,
  comment: 'Bổ sung',
  returnedAt: '2027-01-06T02:00:00.000Z',
  returnedBy: 'acc-huyen',
});
const approved = (submission: number, value = 40) =>
  envelope('ReportApproved', {
    reportId: key.reportId,
    unitId: 'xa-a',
    submission,
    values: [figure(value)],
    structureDate: '2027-01-05',
    approvedAt: '2027-01-20T02:00:00.000Z',
    approvedBy: 'acc-huyen',
  });
const reopened = envelope('ReportReopened', {
  reportId: key.reportId,
  unitId: 'xa-a',
  submission: 1,
  reason: 'Số liệu sai',
  reopenedAt: '2027-02-01T02:00:00.000Z',
  reopenedBy: 'acc-huyen',
});

describe('reports read model', () => {
  it('keeps one document per report, by its id, readable by template and period', () => {
    expect(reportProjection.collection).toBe('gw_reporting_reports');
    expect(reportProjection.name).toMatch(/^gateway-reporting-/);
    expect(reportProjection.documentId(returned)).toBe('xa-a:yearly:Y2026');
    expect(reportProjection.indexes).toEqual([{ templatePeriod: 1 }]);
    expect(fold(evolveReportDoc, [drafted('a')])).toMatchObject({ ...key, templatePeriod: 'yearly:Y2026', status: 'draft' });
  });

  it('holds the latest draft whole, with a history entry each time', () => {
    const doc = fold(evolveReportDoc, [drafted('một'), drafted('hai', '2026-12-11T02:00:00.000Z')]);
    expect(doc).toMatchObject({ status: 'draft', sections: [{ key: 'results', narrative: 'hai' }], submissions: 0, current: null, approved: null });
    expect(doc?.commendations).toHaveLength(1);
    expect(doc?.history.map((entry) => entry.action)).toEqual(['draft-saved', 'draft-saved']);
  });

  it('keeps the first submission’s day and timeliness, and the latest submission’s figures', () => {
    const doc = fold(evolveReportDoc, [
      drafted('a'),
      submitted(1, '2027-01-05T02:00:00.000Z', true),
      returned,
      drafted('b'),
      submitted(2, '2027-01-15T02:00:00.000Z', false, 45),
    ]);
    expect(doc).toMatchObject({
      status: 'submitted',
      submissions: 2,
      firstSubmittedAt: '2027-01-05T02:00:00.000Z',
      onTime: true,
      dueOn: '2027-01-10',
      current: { submission: 2, structureDate: '2027-01-05', stocksOn: '2026-12-31', values: [figure(45)] },
    });
    expect(doc?.history.map((entry) => [entry.action, entry.text, entry.submission])).toEqual([
      ['draft-saved', null, null],
      ['submitted', null, 1],
      ['returned', 'Bổ sung', 1],
      ['draft-saved', null, null],
      ['submitted', null, 2],
    ]);
  });

  it('pins the approved figures; a reopening returns it and keeps what was approved until the next approval', () => {
    const approvedDoc = fold(evolveReportDoc, [drafted('a'), submitted(1, '2027-01-05T02:00:00.000Z', true), approved(1)]);
    expect(approvedDoc).toMatchObject({ status: 'approved', approved: { submission: 1, values: [figure(40)], comment: null, approvedBy: 'acc-huyen' } });
    const reopenedDoc = fold(evolveReportDoc, [reopened], approvedDoc);
    expect(reopenedDoc).toMatchObject({ status: 'returned', approved: { submission: 1 } });
    expect(reopenedDoc?.history.at(-1)).toMatchObject({ action: 'reopened', text: 'Số liệu sai', by: 'acc-huyen' });
    const again = fold(evolveReportDoc, [submitted(2, '2027-02-02T02:00:00.000Z', false, 38), approved(2, 38)], reopenedDoc);
    expect(again).toMatchObject({ status: 'approved', submissions: 2, onTime: true, approved: { submission: 2, values: [figure(38)] } });
  });

  it('records an excuse with its reason, also for a report never begun', () => {
    const excused = envelope('ReportExcused', { ...key, reason: 'Sáp nhập', excusedAt: '2027-01-02T02:00:00.000Z', excusedBy: 'acc-huyen' });
    expect(fold(evolveReportDoc, [excused])).toMatchObject({ status: 'excused', excuseReason: 'Sáp nhập', history: [{ action: 'excused', text: 'Sáp nhập' }] });
  });

  it('leaves a return, approval or reopening of a report it never saw alone', () => {
    expect(fold(evolveReportDoc, [returned])).toBeNull();
    expect(fold(evolveReportDoc, [approved(1)])).toBeNull();
    expect(fold(evolveReportDoc, [reopened])).toBeNull();
  });
});

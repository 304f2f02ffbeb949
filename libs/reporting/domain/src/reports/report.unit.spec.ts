import type { PublishedValueData, PublishedValuePart } from '@tn/reporting-contracts';
import { fold, given } from '@tn/shared-decider';
import type {
  ApproveReportCommand,
  ExcuseReportCommand,
  ReopenReportCommand,
  ReturnReportCommand,
  SaveReportDraftCommand,
  SubmitReportCommand,
} from './report.commands';
import { reportDecider } from './report.decide';
import type { ReportEvent } from './report.events';

// Sa Pa's six-monthly report for H2026-1: entry from 15 June 2026, due 10 July (20 July with child units), closed after 29 August.
const REPORT_ID = 'huyen-sa-pa:six-monthly:H2026-1';
const key = { unitId: 'huyen-sa-pa', templateId: 'six-monthly', period: 'H2026-1' };
const act = { today: '2026-07-05', at: '2026-07-05T02:00:00.000Z', actorId: 'acc-sa-pa' };
const parentAct = { today: '2026-07-12', at: '2026-07-12T02:00:00.000Z', actorId: 'acc-lao-cai' };

const sections = [
  { key: 'results', narrative: 'Tổ chức 12 hoạt động tình nguyện.\nHỗ trợ 3 xã biên giới.' },
  { key: 'recommendations', narrative: 'Đề nghị bổ sung kinh phí.' },
];
const commendations = [
  { proposalId: 'kt-1', subjectKind: 'unit' as const, subjectId: 'xa-ta-van', award: 'giay-khen' as const, reason: 'Dẫn đầu phong trào' },
  { proposalId: 'kt-2', subjectKind: 'person' as const, subjectId: 'person-17', award: 'bang-khen' as const, reason: 'Tích cực' },
];
const parts: PublishedValuePart[] = [
  { indicatorId: 'k1', version: 1, value: 50, numerator: 1, denominator: 2, target: 60 },
  { indicatorId: 'k5-partners', version: 1, value: 3 },
];
const stored: PublishedValueData[] = [
  { indicatorId: 'k1', version: 1, value: 50, numerator: 1, denominator: 2, target: 60 },
  { indicatorId: 'k5-partners', version: 1, value: 3, numerator: null, denominator: null, target: null },
];
const laterParts: PublishedValuePart[] = [{ indicatorId: 'k1', version: 1, value: 100, numerator: 2, denominator: 2, target: 60 }];
const laterStored: PublishedValueData[] = [{ indicatorId: 'k1', version: 1, value: 100, numerator: 2, denominator: 2, target: 60 }];

const save = (changes: Partial<SaveReportDraftCommand> = {}): SaveReportDraftCommand => ({
  type: 'SaveReportDraft',
  ...key,
  sections,
  commendations,
  unitSubjectsInSubtree: { 'xa-ta-van': true },
  ...act,
  ...changes,
});
const submit = (changes: Partial<SubmitReportCommand> = {}): SubmitReportCommand => ({
  type: 'SubmitReport',
  ...key,
  structureDate: '2026-07-05',
  values: parts,
  children: [],
  hasChildren: false,
  ...act,
  ...changes,
});
const returning = (changes: Partial<ReturnReportCommand> = {}): ReturnReportCommand => ({
  type: 'ReturnReport',
  reportId: REPORT_ID,
  comment: 'Bổ sung số liệu quý II',
  ...parentAct,
  ...changes,
});
const approve = (changes: Partial<ApproveReportCommand> = {}): ApproveReportCommand => ({
  type: 'ApproveReport',
  reportId: REPORT_ID,
  ...parentAct,
  ...changes,
});
const excuse = (changes: Partial<ExcuseReportCommand> = {}): ExcuseReportCommand => ({
  type: 'ExcuseReport',
  ...key,
  reason: 'Đơn vị mới thành lập',
  ...parentAct,
  ...changes,
});
const reopen = (changes: Partial<ReopenReportCommand> = {}): ReopenReportCommand => ({
  type: 'ReopenReport',
  reportId: REPORT_ID,
  reason: 'Số liệu K1 được điều chỉnh',
  ...parentAct,
  ...changes,
});

const saved = (changes: object = {}): ReportEvent => ({
  type: 'ReportDraftSaved',
  data: { reportId: REPORT_ID, ...key, sections, commendations, savedAt: act.at, savedBy: act.actorId, ...changes },
});
const submitted = (submission: number, changes: object = {}): ReportEvent => ({
  type: 'ReportSubmitted',
  data: {
    reportId: REPORT_ID,
    ...key,
    submission,
    structureDate: '2026-07-05',
    values: stored,
    children: [],
    submittedAt: act.at,
    submittedBy: act.actorId,
    dueOn: '2026-07-10',
    onTime: true,
    ...changes,
  },
});
const returned = (submission: number): ReportEvent => ({
  type: 'ReportReturned',
  data: { reportId: REPORT_ID, unitId: key.unitId, submission, comment: 'Bổ sung số liệu quý II', returnedAt: parentAct.at, returnedBy: parentAct.actorId },
});
const approved = (submission: number, changes: object = {}): ReportEvent => ({
  type: 'ReportApproved',
  data: {
    reportId: REPORT_ID,
    unitId: key.unitId,
    submission,
    values: stored,
    structureDate: '2026-07-05',
    approvedAt: parentAct.at,
    approvedBy: parentAct.actorId,
    ...changes,
  },
});
const reopened = (submission: number): ReportEvent => ({
  type: 'ReportReopened',
  data: {
    reportId: REPORT_ID,
    unitId: key.unitId,
    submission,
    reason: 'Số liệu K1 được điều chỉnh',
    reopenedAt: parentAct.at,
    reopenedBy: parentAct.actorId,
  },
});
const excused = (): ReportEvent => ({
  type: 'ReportExcused',
  data: { reportId: REPORT_ID, ...key, reason: 'Đơn vị mới thành lập', excusedAt: parentAct.at, excusedBy: parentAct.actorId },
});

const statusAfter = (history: ReportEvent[]) => fold(reportDecider, history).status;

describe('report decider: drafts', () => {
  it('saves a first draft within the window, by the actor at the server’s time', () => {
    given(reportDecider).when(save()).then([saved()]);
    expect(fold(reportDecider, [saved()])).toMatchObject({ status: 'draft', reportId: REPORT_ID, ...key, sections, commendations, submissions: 0 });
  });

  it('saves the whole content again when it changes, and records nothing for the same draft', () => {
    given(reportDecider, [saved()])
      .when(save({ sections: [sections[0]!], commendations: [] }))
      .then([saved({ sections: [sections[0]], commendations: [] })]);
    given(reportDecider, [saved()]).when(save()).then([]);
  });

  it('keeps a commendation reason trimmed and proposes groups and people by id, unchecked here', () => {
    const group = { proposalId: 'kt-3', subjectKind: 'group' as const, subjectId: 'nhom-9', award: 'co-thi-dua' as const, reason: '  Xuất sắc ' };
    given(reportDecider)
      .when(save({ commendations: [group], unitSubjectsInSubtree: {} }))
      .then([saved({ commendations: [{ ...group, reason: 'Xuất sắc' }] })]);
  });

  it.each([
    ['2026-06-15', true],
    ['2026-08-29', true],
  ])('takes a draft on %s, a day of the window', (today) => {
    given(reportDecider).when(save({ today })).then([saved()]);
  });

  it('refuses a draft before the window opens, and after it closes, naming the day', () => {
    const early = given(reportDecider)
      .when(save({ today: '2026-06-14' }))
      .thenFails('REPORT.WINDOW_NOT_OPEN');
    expect(early.details).toEqual({ period: 'H2026-1', opensOn: '2026-06-15', today: '2026-06-14' });
    const late = given(reportDecider)
      .when(save({ today: '2026-08-30' }))
      .thenFails('REPORT.WINDOW_CLOSED');
    expect(late.details).toEqual({ period: 'H2026-1', closesOn: '2026-08-29', today: '2026-08-30' });
  });

  it('refuses an unknown template, and a period the template is not written for', () => {
    expect(
      given(reportDecider)
        .when(save({ templateId: 'quarterly' }))
        .thenFails('REPORT.TEMPLATE_UNKNOWN').field,
    ).toBe('templateId');
    expect(
      given(reportDecider)
        .when(save({ period: 'Y2026' }))
        .thenFails('REPORT.PERIOD_INVALID').details,
    ).toEqual({ templateId: 'six-monthly', period: 'Y2026' });
    given(reportDecider)
      .when(save({ templateId: 'mid-term-review', period: 'Y2026' }))
      .thenFails('REPORT.PERIOD_INVALID');
  });

  it('refuses a section the template does not have, one given twice, and a text over 10,000 characters', () => {
    expect(
      given(reportDecider)
        .when(save({ sections: [{ key: 'lessons', narrative: 'x' }] }))
        .thenFails('REPORT.SECTION_UNKNOWN').field,
    ).toBe('sections.0.key');
    expect(
      given(reportDecider)
        .when(save({ sections: [...sections, sections[0]!] }))
        .thenFails('REPORT.SECTION_DUPLICATE').field,
    ).toBe('sections.2.key');
    const long = given(reportDecider)
      .when(save({ sections: [{ key: 'results', narrative: 'a'.repeat(10_001) }] }))
      .thenFails('REPORT.TEXT_TOO_LONG');
    expect([long.field, long.details]).toEqual(['sections.0.narrative', { key: 'results', maxLength: 10_000 }]);
    given(reportDecider)
      .when(save({ sections: [{ key: 'results', narrative: 'a'.repeat(10_000) }] }))
      .then([saved({ sections: [{ key: 'results', narrative: 'a'.repeat(10_000) }] })]);
  });

  it.each([
    ['subjectKind', { subjectKind: 'family' }],
    ['award', { award: 'huan-chuong' }],
    ['reason', { reason: '  ' }],
  ])('refuses a commendation with an invalid %s', (name, change) => {
    const error = given(reportDecider)
      .when(save({ commendations: [{ ...commendations[1]!, ...change } as never] }))
      .thenFails('REPORT.COMMENDATION_INVALID');
    expect(error.field).toBe(`commendations.0.${name}`);
  });

  it('refuses a proposal given twice, and more than 50 proposals', () => {
    expect(
      given(reportDecider)
        .when(save({ commendations: [commendations[1]!, commendations[1]!] }))
        .thenFails('REPORT.COMMENDATION_INVALID').field,
    ).toBe('commendations.1.proposalId');
    const many = Array.from({ length: 51 }, (_, index) => ({ ...commendations[1]!, proposalId: `kt-${index}` }));
    expect(
      given(reportDecider)
        .when(save({ commendations: many }))
        .thenFails('REPORT.COMMENDATION_INVALID').field,
    ).toBe('commendations');
  });

  it("refuses a unit proposed for commendation outside the reporting unit's subtree today", () => {
    const error = given(reportDecider)
      .when(save({ unitSubjectsInSubtree: { 'xa-ta-van': false } }))
      .thenFails('REPORT.COMMENDATION_SUBJECT_UNKNOWN');
    expect([error.field, error.details]).toEqual(['commendations.0.subjectId', { subjectId: 'xa-ta-van' }]);
    given(reportDecider)
      .when(save({ unitSubjectsInSubtree: {} }))
      .thenFails('REPORT.COMMENDATION_SUBJECT_UNKNOWN');
  });

  it('refuses edits to a submitted or approved report, and to an excused one', () => {
    expect(
      given(reportDecider, [saved(), submitted(1)])
        .when(save())
        .thenFails('REPORT.NOT_DRAFT').details,
    ).toEqual({
      reportId: REPORT_ID,
      status: 'submitted',
    });
    given(reportDecider, [saved(), submitted(1), approved(1)])
      .when(save())
      .thenFails('REPORT.NOT_DRAFT');
    given(reportDecider, [excused()]).when(save()).thenFails('REPORT.ALREADY_EXCUSED');
  });
});

describe('report decider: submissions', () => {
  it('submits the draft as submission 1, its figures stored whole, on time by the deadline', () => {
    given(reportDecider, [saved()])
      .when(submit())
      .then([submitted(1)]);
    expect(fold(reportDecider, [saved(), submitted(1)])).toMatchObject({
      status: 'submitted',
      submissions: 1,
      submitted: { submission: 1, structureDate: '2026-07-05', values: stored },
    });
  });

  it('records the day stocks were counted when the gateway gives it', () => {
    given(reportDecider, [saved()])
      .when(submit({ stocksOn: '2026-06-30' }))
      .then([submitted(1, { stocksOn: '2026-06-30' })]);
  });

  it('submits late after the deadline, and a unit with child units has ten days more to consolidate', () => {
    const late = { today: '2026-07-15', at: '2026-07-15T02:00:00.000Z' };
    given(reportDecider, [saved()])
      .when(submit(late))
      .then([submitted(1, { submittedAt: late.at, onTime: false })]);
    given(reportDecider, [saved()])
      .when(submit({ ...late, hasChildren: true }))
      .then([submitted(1, { submittedAt: late.at, dueOn: '2026-07-20', onTime: true })]);
    given(reportDecider, [saved()])
      .when(submit({ today: '2026-07-10' }))
      .then([submitted(1)]);
  });

  it('takes the window the route found (a schedule’s) over the template’s: its deadline and its close', () => {
    const window = { opensOn: '2026-06-01', dueOn: '2026-07-01', closesOn: '2026-07-31' };
    given(reportDecider, [saved()])
      .when(submit({ window }))
      .then([submitted(1, { dueOn: '2026-07-01', onTime: false })]);
    given(reportDecider)
      .when(save({ window, today: '2026-05-31' }))
      .thenFails('REPORT.WINDOW_NOT_OPEN');
  });

  it("refuses while a child unit's report is neither approved nor excused, naming every pending unit", () => {
    const children = [
      { unitId: 'xa-ta-van', status: 'approved' as const, submission: 2 },
      { unitId: 'xa-lao-chai', status: 'submitted' as const },
      { unitId: 'xa-ban-ho', status: 'none' as const },
      { unitId: 'xa-hau-thao', status: 'returned' as const },
      { unitId: 'xa-muong-bo', status: 'draft' as const },
    ];
    const error = given(reportDecider, [saved()])
      .when(submit({ children, hasChildren: true }))
      .thenFails('REPORT.CHILDREN_PENDING');
    expect(error.details).toEqual({ pendingUnitIds: 'xa-lao-chai, xa-ban-ho, xa-hau-thao, xa-muong-bo' });
  });

  it('submits once every child unit is approved or excused, recording which submission of each it rests on', () => {
    const children = [
      { unitId: 'xa-ta-van', status: 'approved' as const, submission: 2 },
      { unitId: 'xa-ban-ho', status: 'excused' as const },
    ];
    given(reportDecider, [saved()])
      .when(submit({ children, hasChildren: true }))
      .then([
        submitted(1, {
          dueOn: '2026-07-20',
          children: [
            { unitId: 'xa-ta-van', status: 'approved', submission: 2 },
            { unitId: 'xa-ban-ho', status: 'excused' },
          ],
        }),
      ]);
  });

  it('refuses a submission without a draft, and outside the window', () => {
    expect(given(reportDecider).when(submit()).thenFails('REPORT.NOT_FOUND').details).toEqual({ reportId: REPORT_ID });
    given(reportDecider, [saved()])
      .when(submit({ today: '2026-08-30' }))
      .thenFails('REPORT.WINDOW_CLOSED');
  });

  it('refuses to submit a report submitted or approved already, or excused', () => {
    given(reportDecider, [saved(), submitted(1)])
      .when(submit())
      .thenFails('REPORT.NOT_DRAFT');
    given(reportDecider, [saved(), submitted(1), approved(1)])
      .when(submit())
      .thenFails('REPORT.NOT_DRAFT');
    given(reportDecider, [saved(), excused()]).when(submit()).thenFails('REPORT.ALREADY_EXCUSED');
  });

  it('checks the figures as published values are, with the report’s codes', () => {
    expect(
      given(reportDecider, [saved()])
        .when(submit({ structureDate: '2026-02-30' }))
        .thenFails('REPORT.STRUCTURE_DATE_INVALID').field,
    ).toBe('structureDate');
    given(reportDecider, [saved()])
      .when(submit({ values: [] }))
      .thenFails('REPORT.VALUES_REQUIRED');
    const duplicate = given(reportDecider, [saved()])
      .when(submit({ values: [...parts, parts[0]!] }))
      .thenFails('REPORT.INDICATOR_DUPLICATE');
    expect(duplicate.details).toEqual({ indicatorId: 'k1' });
    given(reportDecider, [saved()])
      .when(submit({ values: [{ indicatorId: 'k1', version: 0 }] }))
      .thenFails('REPORT.VERSION_INVALID');
    expect(
      given(reportDecider, [saved()])
        .when(submit({ values: [{ indicatorId: 'k1', version: 1, value: Number.NaN }] }))
        .thenFails('REPORT.NUMBER_INVALID').field,
    ).toBe('values.0.value');
  });
});

describe('report decider: the approving unit', () => {
  it('returns a submitted report with its comment; the unit edits and submits it again as submission 2', () => {
    given(reportDecider, [saved(), submitted(1)])
      .when(returning())
      .then([returned(1)]);
    expect(statusAfter([saved(), submitted(1), returned(1)])).toBe('returned');
    const edited = [{ key: 'results', narrative: 'Tổ chức 14 hoạt động.' }];
    given(reportDecider, [saved(), submitted(1), returned(1)])
      .when(save({ sections: edited }))
      .then([saved({ sections: edited })]);
    given(reportDecider, [saved(), submitted(1), returned(1), saved({ sections: edited })])
      .when(submit({ values: laterParts }))
      .then([submitted(2, { values: laterStored })]);
  });

  it('takes a returned report back to draft even when saved unchanged, and lets it be submitted again as it is', () => {
    given(reportDecider, [saved(), submitted(1), returned(1)])
      .when(save())
      .then([saved()]);
    given(reportDecider, [saved(), submitted(1), returned(1)])
      .when(submit())
      .then([submitted(2)]);
  });

  it('refuses a return without a comment, and of a report that is not submitted', () => {
    expect(
      given(reportDecider, [saved(), submitted(1)])
        .when(returning({ comment: ' ' }))
        .thenFails('REPORT.COMMENT_REQUIRED').field,
    ).toBe('comment');
    expect(given(reportDecider, [saved()]).when(returning()).thenFails('REPORT.NOT_SUBMITTED').details).toEqual({ reportId: REPORT_ID, status: 'draft' });
    given(reportDecider, [saved(), submitted(1), returned(1)])
      .when(returning())
      .thenFails('REPORT.NOT_SUBMITTED');
    given(reportDecider).when(returning()).thenFails('REPORT.NOT_FOUND');
  });

  it('approves the latest submission, pinning its figures and structure date, the comment optional', () => {
    const history = [saved(), submitted(1), returned(1), saved(), submitted(2, { values: laterStored, structureDate: '2026-07-08' })];
    given(reportDecider, history)
      .when(approve({ comment: ' Tốt ' }))
      .then([approved(2, { values: laterStored, structureDate: '2026-07-08', comment: 'Tốt' })]);
    given(reportDecider, [saved(), submitted(1)])
      .when(approve({ comment: '  ' }))
      .then([approved(1)]);
    expect(fold(reportDecider, [saved(), submitted(1), approved(1)])).toMatchObject({ status: 'approved', approvedSubmission: 1 });
  });

  it('refuses to approve a report that is not submitted', () => {
    given(reportDecider).when(approve()).thenFails('REPORT.NOT_FOUND');
    given(reportDecider, [saved()]).when(approve()).thenFails('REPORT.NOT_SUBMITTED');
    given(reportDecider, [saved(), submitted(1), approved(1)])
      .when(approve())
      .thenFails('REPORT.NOT_SUBMITTED');
    given(reportDecider, [excused()]).when(approve()).thenFails('REPORT.NOT_SUBMITTED');
  });

  it('refuses approval by the account that submitted the report (a manager above may write it for the unit), and takes another', () => {
    const submittedByProvince = [saved(), submitted(1, { submittedBy: 'acc-lao-cai' })];
    const error = given(reportDecider, submittedByProvince).when(approve()).thenFails('REPORT.SELF_APPROVAL');
    expect(error.details).toEqual({ reportId: REPORT_ID });
    given(reportDecider, submittedByProvince)
      .when(approve({ actorId: 'acc-lao-cai-2' }))
      .then([approved(1, { approvedBy: 'acc-lao-cai-2' })]);
  });

  it('reopens an approved report with a reason; the unit submits it again (submission 2) and it is approved again with the new figures', () => {
    const approvedOnce = [saved(), submitted(1), approved(1)];
    given(reportDecider, approvedOnce)
      .when(reopen())
      .then([reopened(1)]);
    expect(fold(reportDecider, [...approvedOnce, reopened(1)])).toMatchObject({ status: 'returned', approvedSubmission: 1, submissions: 1 });
    given(reportDecider, [...approvedOnce, reopened(1)])
      .when(submit({ values: laterParts }))
      .then([submitted(2, { values: laterStored })]);
    given(reportDecider, [...approvedOnce, reopened(1), submitted(2, { values: laterStored })])
      .when(approve())
      .then([approved(2, { values: laterStored })]);
  });

  it('refuses to reopen without a reason, or a report that is not approved', () => {
    expect(
      given(reportDecider, [saved(), submitted(1), approved(1)])
        .when(reopen({ reason: '' }))
        .thenFails('REPORT.REASON_REQUIRED').field,
    ).toBe('reason');
    given(reportDecider, [saved(), submitted(1)])
      .when(reopen())
      .thenFails('REPORT.NOT_APPROVED');
    given(reportDecider, [saved(), submitted(1), approved(1), reopened(1)])
      .when(reopen())
      .thenFails('REPORT.NOT_APPROVED');
    given(reportDecider).when(reopen()).thenFails('REPORT.NOT_FOUND');
  });

  it.each([
    ['not written', []],
    ['a draft', [saved()]],
    ['returned', [saved(), submitted(1), returned(1)]],
  ])('excuses a report %s, with the reason', (_state, history) => {
    given(reportDecider, history as ReportEvent[])
      .when(excuse())
      .then([excused()]);
  });

  it('refuses an excuse without a reason, of a submitted or approved report, and twice', () => {
    expect(
      given(reportDecider)
        .when(excuse({ reason: ' ' }))
        .thenFails('REPORT.REASON_REQUIRED').field,
    ).toBe('reason');
    given(reportDecider, [saved(), submitted(1)])
      .when(excuse())
      .thenFails('REPORT.NOT_DRAFT');
    given(reportDecider, [saved(), submitted(1), approved(1)])
      .when(excuse())
      .thenFails('REPORT.NOT_DRAFT');
    given(reportDecider, [excused()]).when(excuse()).thenFails('REPORT.ALREADY_EXCUSED');
    // Approved once, then reopened: its figures were consolidated above, so it is corrected, not excused.
    given(reportDecider, [saved(), submitted(1), approved(1), reopened(1)])
      .when(excuse())
      .thenFails('REPORT.ALREADY_APPROVED');
    given(reportDecider)
      .when(excuse({ templateId: 'monthly' }))
      .thenFails('REPORT.TEMPLATE_UNKNOWN');
    expect(statusAfter([excused()])).toBe('excused');
  });

  it('refuses an act with no actor or no valid time', () => {
    given(reportDecider)
      .when(save({ actorId: ' ' }))
      .thenFails('REPORTING.ACTOR_REQUIRED');
    given(reportDecider, [saved(), submitted(1)])
      .when(approve({ at: 'yesterday' }))
      .thenFails('REPORTING.TIME_INVALID');
  });
});

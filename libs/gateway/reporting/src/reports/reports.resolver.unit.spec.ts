import { directoryOf, peopleOf } from '@tn/gateway-registry';
import { ADMIN, contextOf, directoryOver, managerOf, refusalOf, RESTRUCTURED } from '../core/access.test-fixtures';
import type { ReportingCheckpoints } from '../core/reporting-checkpoints';
import type { ReportingClient } from '../core/reporting-client';
import type { ReportingHierarchy } from '../core/reporting-hierarchy';
import { definitionsOf } from '../definitions/definition-reads';
import { inputsOf } from '../engine/engine.test-fixtures';
import { factsOf } from '../values/fact-reads';
import { reportsOf } from './report-reads';
import { ReportsResolver } from './reports.resolver';
import { ReportScheduleReads } from '../schedules/report-schedule-reads';

jest.mock('@tn/gateway-registry', () => ({ today: () => '2026-12-07', directoryOf: jest.fn(), peopleOf: jest.fn() }));
jest.mock('../definitions/definition-reads', () => ({ definitionsOf: jest.fn() }));
jest.mock('../values/fact-reads', () => ({ factsOf: jest.fn() }));
jest.mock('./report-reads', () => ({ reportsOf: jest.fn() }));

const client = { send: jest.fn(async () => ({ streamId: 'report-x', version: 1, consistencyToken: 't' })) };
const resolver = new ReportsResolver(
  client as unknown as ReportingClient,
  { current: async () => RESTRUCTURED } as unknown as ReportingHierarchy,
  { waitFor: async () => undefined } as unknown as ReportingCheckpoints,
);
const draft = (unitId: string, commendations: { subjectKind: string; subjectId: string }[] = []) => ({
  unitId,
  templateId: 'yearly',
  period: 'Y2026',
  sections: [{ key: 'results', narrative: 'Kết quả' }],
  commendations: commendations.map((subject, index) => ({ proposalId: `p${index}`, award: 'giay-khen', reason: 'Tốt', ...subject })),
});
/** A caller whose request reads these group and cadre facts (this slice's own), and no declared value. */
const withFacts = (context: ReturnType<typeof contextOf>, docs: Record<string, unknown> = {}, schedules: Record<string, object> = {}) => {
  // The schedules' rule is the real one; only their reads (by unit) are faked.
  const scheduleReads = Object.assign(Object.create(ReportScheduleReads.prototype) as ReportScheduleReads, {
    one: async (unitId: string) => schedules[unitId],
  });
  const readers = new Map<string, unknown>([
    ['reporting:subjects', { one: async (_model: unknown, id: string) => docs[id] }],
    ['reporting:declared', { one: async () => undefined }],
    ['reporting:report-schedules', scheduleReads],
  ]);
  Object.assign(context, { readModels: { readerOf: (_context: unknown, name: string) => readers.get(name) } });
  return context;
};
const sentTypes = () => (client.send.mock.calls as unknown[][]).map((call) => call[1]);

beforeEach(() => {
  jest.clearAllMocks();
  (directoryOf as jest.Mock).mockReturnValue(directoryOver(RESTRUCTURED));
  (peopleOf as jest.Mock).mockReturnValue({ volunteer: async () => undefined, cadre: async () => undefined });
  (definitionsOf as jest.Mock).mockReturnValue({ ownedBy: async () => [] });
  (factsOf as jest.Mock).mockReturnValue({ inputsFor: async () => inputsOf(RESTRUCTURED, {}) });
  (reportsOf as jest.Mock).mockReturnValue({ one: async () => undefined, ofUnits: async () => new Map() });
});

describe('writing a report: reporting:write over its unit', () => {
  it("saves and submits the unit's own report; another unit's is FORBIDDEN and nothing is sent", async () => {
    expect(await resolver.saveReportDraft(managerOf('xa-a'), draft('xa-a'))).toMatchObject({ id: 'xa-a:yearly:Y2026' });
    expect(await resolver.submitReport(managerOf('xa-a'), { unitId: 'xa-a', templateId: 'yearly', period: 'Y2026' })).toMatchObject({
      id: 'xa-a:yearly:Y2026',
    });
    expect(sentTypes()).toEqual(['SaveReportDraft', 'SubmitReport']);
    const payload = (client.send.mock.calls[1] as unknown[])[2] as { structureDate: string; values: { indicatorId: string }[] };
    expect(payload.structureDate).toBe('2026-12-07');
    expect(payload.values.map((value) => value.indicatorId)).toContain('k1');
    client.send.mockClear();
    expect((await refusalOf(() => resolver.saveReportDraft(managerOf('xa-b'), draft('xa-a')))).code).toBe('FORBIDDEN');
    expect((await refusalOf(() => resolver.submitReport(managerOf('xa-b'), { unitId: 'xa-a', templateId: 'yearly', period: 'Y2026' }))).code).toBe('FORBIDDEN');
    expect(client.send).not.toHaveBeenCalled();
  });

  it('refuses an unknown template and a period not of the template, in the caller’s language', async () => {
    await expect(resolver.saveReportDraft(managerOf('xa-a'), { ...draft('xa-a'), templateId: 'monthly' })).rejects.toMatchObject({
      code: 'REPORT_QUERY.TEMPLATE_UNKNOWN',
      field: 'templateId',
    });
    await expect(resolver.saveReportDraft(managerOf('xa-a'), { ...draft('xa-a'), templateId: 'mid-term-review' })).rejects.toMatchObject({
      code: 'REPORT_QUERY.PERIOD_INVALID',
      field: 'period',
    });
    expect(client.send).not.toHaveBeenCalled();
  });

  it("refuses a group or person outside the unit's subtree exactly as an unknown one; those inside pass", async () => {
    const facts = {
      'nhom-a': { groupId: 'nhom-a', proposedHostUnitId: 'xa-a', affiliations: [{ unitId: 'xa-a', from: '2025-01-01' }], verifiedOn: '2025-01-01' },
      'nhom-b': { groupId: 'nhom-b', proposedHostUnitId: 'xa-b', affiliations: [{ unitId: 'xa-b', from: '2025-01-01' }], verifiedOn: '2025-01-01' },
      'can-bo-a': { personId: 'can-bo-a', tenures: [{ unitId: 'xa-a', from: '2024-01-01', dedicated: true }] },
      'can-bo-cu': { personId: 'can-bo-cu', tenures: [{ unitId: 'xa-a', from: '2020-01-01', until: '2026-01-01', dedicated: true }] },
    };
    const ok = withFacts(managerOf('xa-a'), facts);
    await resolver.saveReportDraft(
      ok,
      draft('xa-a', [
        { subjectKind: 'group', subjectId: 'nhom-a' },
        { subjectKind: 'person', subjectId: 'can-bo-a' },
        { subjectKind: 'unit', subjectId: 'xa-b' },
      ]),
    );
    expect(sentTypes()).toEqual(['SaveReportDraft']);
    const elsewhere = await refusalOf(() =>
      resolver.saveReportDraft(withFacts(managerOf('xa-a'), facts), draft('xa-a', [{ subjectKind: 'group', subjectId: 'nhom-b' }])),
    );
    const unknown = await refusalOf(() =>
      resolver.saveReportDraft(withFacts(managerOf('xa-a'), facts), draft('xa-a', [{ subjectKind: 'group', subjectId: 'nhom-x' }])),
    );
    expect(elsewhere.code).toBe('REPORT_QUERY.COMMENDATION_SUBJECT_UNKNOWN');
    expect(elsewhere.message.replace('nhom-b', 'nhom-x')).toBe(unknown.message);
    expect(elsewhere.extensions).toEqual(unknown.extensions);
    await expect(
      resolver.saveReportDraft(
        withFacts(managerOf('xa-a'), facts),
        draft('xa-a', [
          { subjectKind: 'unit', subjectId: 'xa-a' },
          { subjectKind: 'person', subjectId: 'can-bo-cu' },
        ]),
      ),
    ).rejects.toMatchObject({ code: 'REPORT_QUERY.COMMENDATION_SUBJECT_UNKNOWN', field: 'commendations.1.subjectId' });
    expect(sentTypes()).toEqual(['SaveReportDraft']);
  });
});

describe('approving a report: reporting:write over its unit’s parent today', () => {
  it('lets the parent (and those above it) return, approve and reopen; the unit itself and a sibling are FORBIDDEN', async () => {
    await resolver.returnReport(managerOf('huyen'), { reportId: 'xa-a:yearly:Y2026', comment: 'Bổ sung' });
    await resolver.approveReport(managerOf('tinh'), { reportId: 'xa-a:yearly:Y2026' });
    await resolver.reopenReport(managerOf('huyen'), { reportId: 'xa-a:yearly:Y2026', reason: 'Sai số liệu' });
    expect(sentTypes()).toEqual(['ReturnReport', 'ApproveReport', 'ReopenReport']);
    client.send.mockClear();
    for (const caller of [managerOf('xa-a'), managerOf('huyen-2'), contextOf([{ role: 'analyst', unitId: 'tinh' }])]) {
      expect((await refusalOf(() => resolver.approveReport(caller, { reportId: 'xa-a:yearly:Y2026' }))).code).toBe('FORBIDDEN');
    }
    expect(client.send).not.toHaveBeenCalled();
  });

  it("answers an id naming no report as another unit's", async () => {
    const notYours = await refusalOf(() => resolver.approveReport(managerOf('huyen'), { reportId: 'xa-e:yearly:Y2026' }));
    expect(await refusalOf(() => resolver.approveReport(managerOf('huyen'), { reportId: 'khong-co' }))).toEqual(notYours);
    expect(await refusalOf(() => resolver.approveReport(managerOf('huyen'), { reportId: 'khong-co:yearly:Y2026' }))).toEqual(notYours);
    expect(notYours.code).toBe('FORBIDDEN');
    expect(client.send).not.toHaveBeenCalled();
  });

  it("follows today's parent (xa-c moved to huyen-2), and leaves a root unit's report to a system administrator", async () => {
    const excuse = { unitId: 'xa-c', templateId: 'yearly', period: 'Y2026', reason: 'Sáp nhập' };
    expect((await refusalOf(() => resolver.excuseReport(managerOf('huyen'), excuse))).code).toBe('FORBIDDEN');
    await resolver.excuseReport(managerOf('huyen-2'), excuse);
    expect((await refusalOf(() => resolver.approveReport(managerOf('tinh'), { reportId: 'tinh:yearly:Y2026' }))).code).toBe('FORBIDDEN');
    await resolver.approveReport(ADMIN, { reportId: 'tinh:yearly:Y2026' });
    expect(sentTypes()).toEqual(['ExcuseReport', 'ApproveReport']);
  });
});

describe('reading a report', () => {
  it('answers those over the unit with every section, the live figures and its children; others are FORBIDDEN', async () => {
    const view = await resolver.report(withFacts(contextOf([{ role: 'analyst', unitId: 'tinh' }])), 'huyen', 'yearly', 'Y2026', false);
    expect(view).toMatchObject({ reportId: 'huyen:yearly:Y2026', status: 'none', window: { dueOn: '2027-01-20' }, changesSinceApproval: [] });
    expect(view.sections.map((section) => section.key)).toEqual(['results', 'limitations', 'next-tasks', 'recommendations']);
    expect(view.prefill.map((figure) => figure.indicatorId)).toContain('k2');
    expect(view.children.map((child) => [child.unitId, child.status, child.valuesFrom])).toEqual([
      ['phuong-d', 'none', 'live'],
      ['xa-a', 'none', 'live'],
      ['xa-b', 'none', 'live'],
    ]);
    expect((await resolver.report(withFacts(contextOf([{ role: 'analyst', unitId: 'tinh' }])), 'huyen', 'yearly', 'Y2026', true)).children[0]?.valuesFrom).toBe(
      'none',
    );
    expect((await refusalOf(() => resolver.report(managerOf('huyen-2'), 'xa-a', 'yearly', 'Y2026', false))).code).toBe('FORBIDDEN');
  });
  it('shows the window the nearest schedule above it sets, a unit with units below being due later', async () => {
    const province = { opensOn: '2026-11-15', dueOn: '2026-12-10', closesOn: '2027-01-15' };
    const reader = contextOf([{ role: 'analyst', unitId: 'tinh' }]);
    expect((await resolver.report(withFacts(reader, {}, { tinh: province }), 'huyen', 'yearly', 'Y2026', false)).window).toEqual({
      ...province,
      dueOn: '2026-12-20',
    });
    // A commune's own schedule is for the units below it: its report keeps the window set above it.
    const own = { opensOn: '2026-11-20', dueOn: '2027-02-05', closesOn: '2027-06-10' };
    expect((await resolver.report(withFacts(reader, {}, { tinh: province, 'xa-a': own }), 'xa-a', 'yearly', 'Y2026', false)).window).toEqual(province);
  });
});

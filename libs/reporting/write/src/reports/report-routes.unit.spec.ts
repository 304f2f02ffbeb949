import { type Grant, signAccessToken } from '@tn/shared-auth';
import { EndedSessions } from '@tn/shared-registry-feed';
import { localHierarchyOf, unitCreated } from '@tn/shared-registry-feed/testing';
import { type ReportingCommandScope, reportStreamId } from '@tn/reporting-contracts';
import { ISSUED_AT, reportingWorld } from '../reporting.test-fixtures';
import { reportingAuthoriser } from '../service/reporting-authoriser';

// 1 July 2026 in Vietnam: H2026-1's six-monthly reports are open (from 15 June), due 10 July (20 July for a unit with units below it).
const TA_VAN = 'xa-ta-van:six-monthly:H2026-1';
const SA_PA = 'huyen-sa-pa:six-monthly:H2026-1';
const LINEAGES: Record<string, string[]> = {
  'xa-ta-van': ['xa-ta-van', 'huyen-sa-pa', 'tinh-lao-cai'],
  'xa-ban-ho': ['xa-ban-ho', 'huyen-sa-pa', 'tinh-lao-cai'],
  'huyen-sa-pa': ['huyen-sa-pa', 'tinh-lao-cai'],
  'tinh-lao-cai': ['tinh-lao-cai'],
  'xa-lung-cu': ['xa-lung-cu', 'tinh-ha-giang'],
  'tinh-ha-giang': ['tinh-ha-giang'],
};

const key = (unitId: string) => ({ unitId, templateId: 'six-monthly', period: 'H2026-1' });
const draft = (unitId: string, commendations: object[] = []) => ({
  ...key(unitId),
  sections: [{ key: 'results', narrative: 'Tổ chức 12 hoạt động tình nguyện.' }],
  commendations,
});
const values = [
  { indicatorId: 'k1', version: 1, value: 50, numerator: 1, denominator: 2, target: 60 },
  { indicatorId: 'k5-partners', version: 1, value: 3, numerator: null },
];
const submission = (unitId: string, changes: object = {}) => ({ ...key(unitId), structureDate: '2026-07-01', values, ...changes });
const unitProposal = (subjectId: string) => ({ proposalId: `kt-${subjectId}`, subjectKind: 'unit', subjectId, award: 'giay-khen', reason: 'Dẫn đầu' });

/** A unit's report drafted and submitted, as its manager sends them. */
async function submitted(world: ReturnType<typeof reportingWorld>, unitId: string, changes: object = {}) {
  await world.send('SaveReportDraft', draft(unitId), `manager-${unitId}`);
  await world.send('SubmitReport', submission(unitId, changes), `manager-${unitId}`);
}
const typesOf = (world: ReturnType<typeof reportingWorld>, reportId: string) => world.store.eventsOf(reportStreamId(reportId)).map((event) => event.type);

describe('report routes', () => {
  it('routes every report command to the report stream', () => {
    expect(
      reportingWorld(LINEAGES)
        .routes.filter((route) => route.streamType === 'report')
        .map((route) => route.definition.type),
    ).toEqual(['SaveReportDraft', 'SubmitReport', 'ReturnReport', 'ApproveReport', 'ExcuseReport', 'ReopenReport']);
  });

  it("drafts and submits a commune's report by the actor at the server's time, on time, with no child unit to wait for", async () => {
    const world = reportingWorld(LINEAGES);
    await submitted(world, 'xa-ta-van');
    const [saved, sent] = world.store.eventsOf(reportStreamId(TA_VAN));
    expect(saved?.data).toMatchObject({ reportId: TA_VAN, savedBy: 'manager-xa-ta-van', savedAt: ISSUED_AT });
    expect(sent?.data).toMatchObject({ submission: 1, children: [], dueOn: '2026-07-10', onTime: true, submittedBy: 'manager-xa-ta-van' });
    // A null number is dropped by the route and stored as none.
    expect(sent?.data['values']).toEqual([values[0], { indicatorId: 'k5-partners', version: 1, value: 3, numerator: null, denominator: null, target: null }]);
    expect(await world.lookups.reportOf(TA_VAN)).toMatchObject({ status: 'submitted', submissions: 1 });
  });

  it("refuses a district's submission while its communes' reports are pending, naming them, from the hierarchy copy of today", async () => {
    const world = reportingWorld(LINEAGES);
    await world.send('SaveReportDraft', draft('huyen-sa-pa'));
    await submitted(world, 'xa-ta-van');
    await expect(world.send('SubmitReport', submission('huyen-sa-pa'))).rejects.toMatchObject({
      code: 'REPORT.CHILDREN_PENDING',
      details: { pendingUnitIds: 'xa-ta-van, xa-ban-ho' },
    });
    expect(typesOf(world, SA_PA)).toEqual(['ReportDraftSaved']);
  });

  it('submits once each commune is approved or excused, recording the submissions it rests on, due ten days later', async () => {
    const world = reportingWorld(LINEAGES);
    await world.send('SaveReportDraft', draft('huyen-sa-pa'));
    await submitted(world, 'xa-ta-van');
    await world.send('ReturnReport', { reportId: TA_VAN, comment: 'Bổ sung số liệu' }, 'manager-huyen-sa-pa');
    await world.send('SubmitReport', submission('xa-ta-van'), 'manager-xa-ta-van');
    await world.send('ApproveReport', { reportId: TA_VAN }, 'manager-huyen-sa-pa');
    await world.send('ExcuseReport', { ...key('xa-ban-ho'), reason: 'Đơn vị mới thành lập' }, 'manager-huyen-sa-pa');
    await world.send('SubmitReport', submission('huyen-sa-pa'));
    expect(world.store.eventsOf(reportStreamId(SA_PA)).at(-1)?.data).toMatchObject({
      submission: 1,
      dueOn: '2026-07-20',
      onTime: true,
      children: [
        { unitId: 'xa-ta-van', status: 'approved', submission: 2 },
        { unitId: 'xa-ban-ho', status: 'excused' },
      ],
    });
    expect(typesOf(world, TA_VAN)).toEqual(['ReportDraftSaved', 'ReportSubmitted', 'ReportReturned', 'ReportSubmitted', 'ReportApproved']);
  });

  it("approves with the submission's figures pinned, reopens, and approves the next submission's", async () => {
    const world = reportingWorld(LINEAGES);
    await submitted(world, 'xa-ta-van');
    await world.send('ApproveReport', { reportId: TA_VAN, comment: 'Đạt' }, 'manager-huyen-sa-pa');
    await world.send('ReopenReport', { reportId: TA_VAN, reason: 'K1 điều chỉnh' }, 'manager-huyen-sa-pa');
    const newer = [{ indicatorId: 'k1', version: 2, value: 100, numerator: 2, denominator: 2, target: 60 }];
    await world.send('SubmitReport', submission('xa-ta-van', { values: newer, structureDate: '2026-07-01' }), 'manager-xa-ta-van');
    await world.send('ApproveReport', { reportId: TA_VAN }, 'manager-huyen-sa-pa');
    const approvals = world.store.eventsOf(reportStreamId(TA_VAN)).filter((event) => event.type === 'ReportApproved');
    expect(approvals.map((event) => [event.data['submission'], (event.data['values'] as { value: number }[])[0]?.value, event.data['comment']])).toEqual([
      [1, 50, 'Đạt'],
      [2, 100, undefined],
    ]);
  });

  it("checks a unit proposed for commendation against the reporting unit's subtree today", async () => {
    const world = reportingWorld(LINEAGES);
    await world.send('SaveReportDraft', draft('huyen-sa-pa', [unitProposal('xa-ta-van')]));
    for (const outside of ['tinh-lao-cai', 'xa-lung-cu', 'xa-nope']) {
      await expect(world.send('SaveReportDraft', draft('huyen-sa-pa', [unitProposal(outside)]))).rejects.toMatchObject({
        code: 'REPORT.COMMENDATION_SUBJECT_UNKNOWN',
        details: { subjectId: outside },
      });
    }
    expect(typesOf(world, SA_PA)).toEqual(['ReportDraftSaved']);
  });

  it('refuses a draft outside the window on the server’s date', async () => {
    const world = reportingWorld(LINEAGES);
    await expect(world.send('SaveReportDraft', draft('xa-ta-van'), 'm', '2026-06-13T20:00:00.000Z')).rejects.toMatchObject({
      code: 'REPORT.WINDOW_NOT_OPEN',
      details: { opensOn: '2026-06-15', today: '2026-06-14' },
    });
  });
});

describe('the approving unit of a report', () => {
  it("is the report unit's parent today, found from the report id even before the report exists", async () => {
    const { lookups } = reportingWorld(LINEAGES);
    expect(await lookups.recordOf('report-approval', TA_VAN, '2026-07-01')).toEqual({ status: 'approver-known', ownerUnitId: 'huyen-sa-pa' });
    expect(await lookups.recordOf('report-approval', SA_PA, '2026-07-01')).toMatchObject({ ownerUnitId: 'tinh-lao-cai' });
  });

  it('is nobody for a root unit, an unknown unit or an id that names no report', async () => {
    const { lookups } = reportingWorld(LINEAGES);
    for (const id of ['tinh-lao-cai:yearly:Y2026', 'xa-nope:yearly:Y2026', 'nonsense']) {
      expect(await lookups.recordOf('report-approval', id, '2026-07-01')).toEqual({ status: 'none' });
    }
  });

  describe('as the authoriser checks it', () => {
    const secret = Buffer.alloc(32, 7);
    const hierarchy = localHierarchyOf([
      unitCreated('tinh-lao-cai', null),
      unitCreated('huyen-sa-pa', 'tinh-lao-cai'),
      unitCreated('xa-ta-van', 'huyen-sa-pa'),
      unitCreated('xa-ban-ho', 'huyen-sa-pa'),
      unitCreated('tinh-ha-giang', null),
      unitCreated('xa-lung-cu', 'tinh-ha-giang'),
    ]);
    const endedSessions = new EndedSessions();
    endedSessions.attach(async () => false);
    const actor = (id: string, grants: Grant[]) => ({ id, token: signAccessToken({ sub: id, sid: 's', kind: 'cadre', grants }, secret, new Date(), 600) });
    const manager = (unitId: string) => actor(`manager-${unitId}`, [{ role: 'unit-manager', unitId }]);
    const admin = actor('admin', [{ role: 'system-admin', unitId: null }]);

    const authorising = () => {
      const world = reportingWorld(LINEAGES);
      const authorise = reportingAuthoriser({ secret, lookups: world.lookups, hierarchy, endedSessions });
      return (type: string, payload: object, who: { id: string; token: string }) => {
        const route = world.routes.find((candidate) => candidate.definition.type === type)!;
        return authorise(
          {
            commandId: 'c-1',
            type,
            payload: payload as Record<string, unknown>,
            actor: { kind: 'account', id: who.id },
            correlationId: 'k',
            issuedAt: ISSUED_AT,
            credentials: who.token,
          },
          route.definition.rights(payload as never) as ReportingCommandScope,
        );
      };
    };

    it('lets the parent unit (and those above it) return, approve, excuse and reopen, not the unit itself nor another province', async () => {
      const send = authorising();
      for (const type of ['ReturnReport', 'ApproveReport', 'ReopenReport']) {
        await expect(send(type, { reportId: TA_VAN }, manager('huyen-sa-pa'))).resolves.toBeUndefined();
        await expect(send(type, { reportId: TA_VAN }, manager('tinh-lao-cai'))).resolves.toBeUndefined();
        await expect(send(type, { reportId: TA_VAN }, manager('xa-ta-van'))).rejects.toMatchObject({
          code: 'FORBIDDEN',
          details: { recordKind: 'report-approval', recordId: TA_VAN },
        });
        await expect(send(type, { reportId: TA_VAN }, manager('tinh-ha-giang'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
      }
      await expect(send('ExcuseReport', { ...key('xa-ta-van'), reason: 'r' }, manager('huyen-sa-pa'))).resolves.toBeUndefined();
      await expect(send('ExcuseReport', { ...key('xa-ta-van'), reason: 'r' }, manager('xa-ta-van'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });

    it("lets the unit's managers draft and submit its report", async () => {
      const send = authorising();
      await expect(send('SaveReportDraft', draft('xa-ta-van'), manager('xa-ta-van'))).resolves.toBeUndefined();
      await expect(send('SubmitReport', submission('xa-ta-van'), manager('xa-ta-van'))).resolves.toBeUndefined();
      await expect(send('SubmitReport', submission('xa-ta-van'), manager('tinh-ha-giang'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });

    it("leaves a root unit's report to a system administrator", async () => {
      const send = authorising();
      const root = 'tinh-lao-cai:six-monthly:H2026-1';
      await expect(send('ApproveReport', { reportId: root }, manager('tinh-lao-cai'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(send('ApproveReport', { reportId: root }, admin)).resolves.toBeUndefined();
    });
  });
});

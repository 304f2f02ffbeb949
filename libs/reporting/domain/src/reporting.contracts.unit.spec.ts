import { type Decider, fold } from '@tn/shared-decider';
import { checkMessage, EventTypeRegistry, findInputProblem } from '@tn/shared-event-contracts';
import { reportingCommandTypes, reportingEventTypes } from '@tn/reporting-contracts';
import type { ActFacts } from './common/act';
import type { DeclaredValueCommand } from './declared/declared-value.commands';
import { declaredValueDecider } from './declared/declared-value.decide';
import type { IndicatorCommand } from './indicators/indicator.commands';
import { indicatorDecider } from './indicators/indicator.decide';
import type { PlanCommand } from './plans/plan.commands';
import { planDecider } from './plans/plan.decide';
import type { PublishedValuesCommand } from './published/published-values.commands';
import { publishedValuesDecider } from './published/published-values.decide';
import type { ReportCommand } from './reports/report.commands';
import { reportDecider } from './reports/report.decide';
import type { ReportScheduleCommand } from './schedules/report-schedule.commands';
import { reportScheduleDecider } from './schedules/report-schedule.decide';

/** Runs commands in turn on one stream, returning every event it would hold. */
function stream<C, E, S>(decider: Decider<C, E, S>, commands: C[]): E[] {
  return commands.reduce<E[]>((events, command) => [...events, ...decider.decide(command, fold(decider, events))], []);
}

const act: ActFacts = { today: '2026-06-10', at: '2026-06-10T02:00:00.000Z', actorId: 'acc-1' };
const definition = {
  code: 'HG-02',
  nameVi: 'Tỷ lệ xã có hoạt động phối hợp với đối tác',
  nameEn: 'Share of communes with joint activities',
  formula: {
    kind: 'coverage' as const,
    units: { levelLabels: ['Đoàn xã'], flags: { border: true } },
    condition: { source: 'flows' as const, kinds: ['joint-activity' as const], aggregate: 'count' as const, filter: { domains: ['public-health'] } },
    atLeast: 2,
    factor: 100,
  },
  unit: '%',
  targets: [{ year: 2030, value: 50 }],
};
const indicatorCommands: IndicatorCommand[] = [
  { type: 'DefineIndicator', indicatorId: 'hg-joint', ...definition, ownerUnitId: 'tinh-ha-giang', ...act },
  { type: 'ReviseIndicator', indicatorId: 'hg-joint', ...definition, targets: [{ year: 2027, value: 30, direction: 'at-least' }], ...act },
  { type: 'RetireIndicator', indicatorId: 'hg-joint', reason: 'Thay bằng chỉ tiêu mới', ...act },
];
const declaredCommands: DeclaredValueCommand[] = [
  { type: 'DeclareValue', unitId: 'xa-lung-cu', period: 'H2026-1', key: 'activities-held', value: 9, ...act },
  { type: 'DeclareValue', unitId: 'xa-lung-cu', period: 'H2026-1', key: 'activities-held', value: 11, note: 'Bổ sung 2 hoạt động', ...act },
];
const publishedValues = [
  { indicatorId: 'k1', version: 1, value: 50, numerator: 1, denominator: 2, target: 60 },
  { indicatorId: 'k5-partners', version: 1, value: 3 },
];
const publishedCommands: PublishedValuesCommand[] = [
  { type: 'PublishIndicatorValues', unitId: 'xa-lung-cu', period: 'Y2025', structureDate: '2026-06-10', values: publishedValues, ...act },
];
// Hà Giang's plan, published, adopted by Lũng Cú (recorded on the plan, then opened on its own stream), which raises a target.
const planContent = {
  title: 'Kế hoạch phối hợp biên giới 2026–2030',
  period: { fromYear: 2026, toYear: 2030 },
  objectives: [{ objectiveId: 'mt-1', text: 'Mọi xã biên giới có hoạt động phối hợp' }],
  indicators: [
    { indicatorId: 'k1', objectiveId: 'mt-1', targets: [{ year: 2030, value: 100, levelLabel: 'Đoàn xã' }] },
    { indicatorId: 'hg-joint', targets: [{ year: 2027, value: 30, direction: 'at-least' as const }] },
  ],
};
const planFacts = { planIndicatorStatuses: { 'hg-joint': 'active' as const } };
const parentPlanCommands: PlanCommand[] = [
  { type: 'DraftPlan', planId: 'kh-hg', ownerUnitId: 'tinh-ha-giang', ...planContent, ...planFacts, ...act },
  { type: 'RevisePlan', planId: 'kh-hg', ...planContent, title: 'Kế hoạch phối hợp khu vực biên giới 2026–2030', ...planFacts, ...act },
  { type: 'PublishPlan', planId: 'kh-hg', ...act },
  { type: 'AdoptPlan', planId: 'kh-hg', adoptingUnitId: 'xa-lung-cu', localPlanId: 'kh-lung-cu', adoptingUnitLineage: ['xa-lung-cu', 'tinh-ha-giang'], ...act },
];
const parentPlanEvents = stream(planDecider, parentPlanCommands);
const localPlanCommands: PlanCommand[] = [
  {
    type: 'OpenAdoptedPlan',
    localPlanId: 'kh-lung-cu',
    planId: 'kh-hg',
    adoptingUnitId: 'xa-lung-cu',
    parent: fold(planDecider, parentPlanEvents),
    adoptingLevelLabel: 'Đoàn xã',
    ...act,
  },
  { type: 'SetPlanTargets', planId: 'kh-lung-cu', indicatorId: 'hg-joint', targets: [{ year: 2027, value: 40 }], ...act },
];
// Sa Pa's six-monthly report: drafted, submitted, returned, submitted again, approved, reopened, approved again; Lũng Cú's excused.
const reportAct: ActFacts = { today: '2026-07-05', at: '2026-07-05T02:00:00.000Z', actorId: 'acc-1' };
/** The approving unit's manager: never the account that submitted. */
const approverAct: ActFacts = { ...reportAct, actorId: 'acc-2' };
const reportKey = { unitId: 'huyen-sa-pa', templateId: 'six-monthly', period: 'H2026-1' };
const reportId = 'huyen-sa-pa:six-monthly:H2026-1';
const draft: ReportCommand = {
  type: 'SaveReportDraft',
  ...reportKey,
  sections: [{ key: 'results', narrative: 'Tổ chức 12 hoạt động, hỗ trợ 3 xã.' }],
  commendations: [{ proposalId: 'kt-1', subjectKind: 'unit', subjectId: 'xa-ta-van', award: 'giay-khen', reason: 'Dẫn đầu phong trào' }],
  unitSubjectsInSubtree: { 'xa-ta-van': true },
  ...reportAct,
};
const submission: ReportCommand = {
  type: 'SubmitReport',
  ...reportKey,
  structureDate: '2026-07-05',
  stocksOn: '2026-06-30',
  values: publishedValues,
  children: [
    { unitId: 'xa-ta-van', status: 'approved', submission: 1 },
    { unitId: 'xa-ban-ho', status: 'excused' },
  ],
  hasChildren: true,
  ...reportAct,
};
const reportCommands: ReportCommand[] = [
  draft,
  submission,
  { type: 'ReturnReport', reportId, comment: 'Bổ sung số liệu', ...approverAct },
  { ...draft, sections: [{ key: 'results', narrative: 'Tổ chức 14 hoạt động.' }] },
  submission,
  { type: 'ApproveReport', reportId, comment: 'Đạt', ...approverAct },
  { type: 'ReopenReport', reportId, reason: 'Điều chỉnh số liệu K1', ...approverAct },
  submission,
  { type: 'ApproveReport', reportId, ...approverAct },
];
const excuseCommands: ReportCommand[] = [
  { type: 'ExcuseReport', unitId: 'xa-lung-cu', templateId: 'six-monthly', period: 'H2026-1', reason: 'Đơn vị mới thành lập', ...reportAct },
];
// Lào Cai's window for its communes' yearly 2026 reports, set and then moved.
const scheduleCommands: ReportScheduleCommand[] = [
  {
    type: 'ScheduleReports',
    unitId: 'tinh-lao-cai',
    templateId: 'yearly',
    period: 'Y2026',
    opensOn: '2026-11-15',
    dueOn: '2026-12-10',
    closesOn: '2027-01-31',
    ...act,
  },
  {
    type: 'ScheduleReports',
    unitId: 'tinh-lao-cai',
    templateId: 'yearly',
    period: 'Y2026',
    opensOn: '2026-11-15',
    dueOn: '2026-12-15',
    closesOn: '2027-01-31',
    ...act,
  },
];
const events = [
  ...stream(indicatorDecider, indicatorCommands),
  ...stream(declaredValueDecider, declaredCommands),
  ...stream(publishedValuesDecider, publishedCommands),
  ...parentPlanEvents,
  ...stream(planDecider, localPlanCommands),
  ...stream(reportDecider, reportCommands),
  ...stream(reportDecider, excuseCommands),
  ...stream(reportScheduleDecider, scheduleCommands),
];
const commands = [
  ...indicatorCommands,
  ...declaredCommands,
  ...publishedCommands,
  ...parentPlanCommands,
  ...localPlanCommands,
  ...reportCommands,
  ...excuseCommands,
  ...scheduleCommands,
];

/** The payload as sent: the route's facts (the act, and what a plan's route looks up) removed. */
function payloadOf(command: IndicatorCommand | DeclaredValueCommand | PublishedValuesCommand | PlanCommand | ReportCommand | ReportScheduleCommand): object {
  const { type: _type, today: _today, at: _at, actorId: _actorId, ...payload } = command;
  const {
    planIndicatorStatuses: _statuses,
    adoptingUnitLineage: _lineage,
    parent: _parent,
    adoptingLevelLabel: _level,
    unitSubjectsInSubtree: _subjects,
    children: _children,
    hasChildren: _hasChildren,
    ...sent
  } = payload as Record<string, unknown>;
  return sent;
}

describe('reporting events and commands against their contracts', () => {
  const registry = new EventTypeRegistry(reportingEventTypes);

  it('decides every reporting event type in one run', () => {
    expect(new Set(events.map((event) => event.type))).toEqual(new Set(reportingEventTypes.map((eventDefinition) => eventDefinition.type)));
  });

  it('writes only events whose data match their contract', () => {
    expect(events.flatMap((event) => (registry.assertValid(event.type, event.data), []))).toEqual([]);
  });

  it("runs a report through its whole life: submissions counted, each approval pinning its submission's figures", () => {
    const reportEvents = events.filter((event) => event.type.startsWith('Report') && event.type !== 'ReportsScheduled');
    expect(reportEvents.map((event) => [event.type, (event.data as { submission?: number }).submission])).toEqual([
      ['ReportDraftSaved', undefined],
      ['ReportSubmitted', 1],
      ['ReportReturned', 1],
      ['ReportDraftSaved', undefined],
      ['ReportSubmitted', 2],
      ['ReportApproved', 2],
      ['ReportReopened', 2],
      ['ReportSubmitted', 3],
      ['ReportApproved', 3],
      ['ReportExcused', undefined],
    ]);
  });

  it('carries the whole definition in every indicator event, its version counted', () => {
    expect(events.slice(0, 3).map((event) => [event.type, (event.data as { version: number }).version, (event.data as { code: string }).code])).toEqual([
      ['IndicatorDefined', 1, 'HG-02'],
      ['IndicatorRevised', 2, 'HG-02'],
      ['IndicatorRetired', 2, 'HG-02'],
    ]);
  });

  it('takes payloads that match their command schema, the route’s facts aside', () => {
    const problems = commands.flatMap((command) => {
      const commandDefinition = reportingCommandTypes.find((candidate) => candidate.type === command.type);
      if (!commandDefinition) return [`${command.type}: no command type`];
      return checkMessage(commandDefinition.payload, payloadOf(command)).map((problem) => `${command.type}: ${problem.field} ${problem.problem}`);
    });
    expect(problems).toEqual([]);
    expect(commands.map((command) => findInputProblem(payloadOf(command))).filter(Boolean)).toEqual([]);
    expect(new Set(commands.map((command) => command.type)).size).toBe(reportingCommandTypes.length);
  });
});

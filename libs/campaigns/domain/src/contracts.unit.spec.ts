import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInMeasures, campaignEventTypes } from '@tn/campaigns-contracts';
import { type Decider, fold } from '@tn/shared-decider';
import { EventTypeRegistry } from '@tn/shared-event-contracts';
import { activityDecider } from './activity/activity.decide';
import type { AttendanceCommand } from './attendance/attendance.commands';
import { attendanceDecider } from './attendance/attendance.decide';
import { campaignDecider } from './campaign/campaign.decide';
import type { CampaignDefinition } from './campaign/campaign.types';
import { certificateDecider } from './recognition/certificate.decide';
import { catalogueDecider } from './outputs/catalogue.decide';
import { resultsDecider } from './outputs/results.decide';
import { shiftDecider } from './shifts/shift.decide';

/** Runs commands in turn on one stream, returning every event it would hold. */
function stream<C, E, S>(decider: Decider<C, E, S>, commands: C[]): E[] {
  return commands.reduce<E[]>((events, command) => [...events, ...decider.decide(command, fold(decider, events))], []);
}

const at = (time: string) => `2026-07-01T${time}:00+07:00`;
const definition: CampaignDefinition = {
  name: 'Tiếp sức mùa thi 2026',
  kind: 'peak',
  peakTemplate: 'exam-season-relay',
  domains: ['children-care-education'],
  startsOn: '2026-06-01',
  endsOn: '2026-07-15',
  goals: [{ measure: 'beneficiaries', target: 500 }],
  initiator: 'youth-federation',
};
const role = { roleId: 'guide', name: 'Hướng dẫn', requiredSkills: [], minimumAge: 16, requiresApproval: true };
const schedule = {
  type: 'ScheduleShift',
  shiftId: 's-1',
  activityId: 'a-1',
  activityStatus: 'planned',
  role,
  startsAt: at('07:00'),
  endsAt: at('11:00'),
  capacity: 1,
  waitlist: true,
} as const;
const adult = { skills: [], ageOnShiftDate: 20, hasGuardianConsent: false };
const signUp = (volunteerId: string) =>
  ({ type: 'SignUpForShift', shiftId: 's-1', volunteerId, volunteer: adult, activityStatus: 'planned', signedUpAt: '2026-06-20T09:00:00+07:00' }) as const;
const approve = (volunteerId: string) =>
  ({ type: 'ApproveSignUp', shiftId: 's-1', volunteerId, approvedBy: 'c-1', approvedAt: '2026-06-21T09:00:00+07:00' }) as const;
const record = (recordId: string, kind: 'check-in' | 'check-out', time: string) => ({
  recordId,
  volunteerId: 'v-1',
  kind,
  at: at(time),
  method: 'qr-code' as const,
});
const correction = (correctionId: string): AttendanceCommand => ({
  type: 'RequestAttendanceCorrection',
  shiftId: 's-1',
  correctionId,
  volunteerId: 'v-1',
  voidRecordIds: ['r2'],
  addRecords: [record(`${correctionId}-out`, 'check-out', '11:30')],
  reason: 'quét muộn',
  requestedBy: 'v-1',
  requestedAt: at('20:00'),
});

const events = [
  ...stream(campaignDecider, [
    { type: 'PublishCampaignTemplate', campaignId: 't-1', publisherUnitId: 'p', definition, publishedOn: '2026-05-01' },
    {
      type: 'AdoptCampaignTemplate',
      templateCampaignId: 't-1',
      adoptingUnitId: 'x',
      localCampaignId: 'l-1',
      adoptedOn: '2026-05-02',
      adoptingUnitIsBelowPublisher: true,
    },
    { type: 'ApplyCoordinationModel', campaignId: 't-1', coordinationModelId: 'm-1', appliedOn: '2026-05-03' },
    { type: 'CloseCampaign', campaignId: 't-1', closedOn: '2026-07-20' },
  ]),
  ...stream(campaignDecider, [
    {
      type: 'LaunchCampaign',
      campaignId: 'c-1',
      organiserUnitId: 'x',
      definition: { ...definition, certificateCriteria: { minimumHours: 20, minimumActivities: 1 } },
      launchedOn: '2026-05-01',
    },
  ]),
  ...stream(campaignDecider, [
    {
      type: 'OpenLocalCampaign',
      campaignId: 'l-1',
      organiserUnitId: 'x',
      templateCampaignId: 't-1',
      template: { definition, recordedAdoption: { localCampaignId: 'l-1' } },
      openedOn: '2026-05-02',
    },
  ]),
  ...stream(activityDecider, [
    {
      type: 'ProposeActivity',
      activityId: 'a-1',
      proposedOn: '2026-06-01',
      profile: {
        name: 'Điểm thi A',
        organiserUnitId: 'x',
        domains: ['children-care-education'],
        location: { unitId: 'x', flags: { ethnicMinority: false, mountainous: true, border: false, island: false } },
        responsibleCadreId: 'c-1',
        initiator: 'union',
      },
    },
    {
      type: 'AddActivityFormation',
      activityId: 'a-1',
      addedOn: '2026-06-02',
      formation: { formationId: 'f-1', name: 'Đội y tế', composition: { armedForcesYouth: 0, localYouth: 2, pupilsStudents: 8 }, specialisation: 'medical' },
    },
    { type: 'PlanActivity', activityId: 'a-1', startsOn: '2026-07-01', endsOn: '2026-07-01', plannedOn: '2026-06-03' },
    { type: 'PrepareActivity', activityId: 'a-1', preparedOn: '2026-06-25' },
    { type: 'StartActivity', activityId: 'a-1', startedAt: at('06:00'), sentAt: at('06:00') },
    { type: 'CompleteActivity', activityId: 'a-1', completedAt: at('18:00'), sentAt: at('18:00') },
    { type: 'EvaluateActivity', activityId: 'a-1', evaluatedOn: '2026-07-05', summary: 'tốt', rating: 4 },
    { type: 'RecordActivityFollowUp', activityId: 'a-1', followUpId: 'fu-1', recordedOn: '2026-08-01', note: 'duy trì' },
    {
      type: 'RecordActivityParticipants',
      activityId: 'a-1',
      groupIds: ['g-1'],
      partnerIds: ['p-1'],
      directory: { groups: { 'g-1': 'verified' }, partners: { 'p-1': 'registered' } },
      recordedBy: 'c-1',
      recordedOn: '2026-08-02',
    },
  ]),
  ...stream(activityDecider, [
    {
      type: 'ProposeActivity',
      activityId: 'a-2',
      proposedOn: '2026-06-01',
      profile: {
        name: 'B',
        organiserUnitId: 'x',
        domains: ['traffic-safety'],
        location: { unitId: 'x', areaCode: '08', flags: { ethnicMinority: true, mountainous: false, border: true, island: false } },
        responsibleCadreId: 'c-1',
        initiator: 'other-organisation',
      },
    },
    { type: 'CancelActivity', activityId: 'a-2', reason: 'mưa lũ', cancelledOn: '2026-06-02' },
  ]),
  ...stream(shiftDecider, [
    schedule,
    signUp('v-1'),
    signUp('v-2'),
    signUp('v-3'),
    approve('v-1'),
    approve('v-2'),
    { type: 'RejectSignUp', shiftId: 's-1', volunteerId: 'v-3', rejectedBy: 'c-1', reason: 'chưa đủ điều kiện', rejectedAt: '2026-06-21T09:00:00+07:00' },
    { type: 'CancelSignUp', shiftId: 's-1', volunteerId: 'v-1', cancelledAt: '2026-06-22T09:00:00+07:00', reason: 'ốm' },
    { type: 'ChangeShiftCapacity', shiftId: 's-1', capacity: 2, changedAt: '2026-06-23T09:00:00+07:00' },
  ]),
  ...stream(attendanceDecider, [
    {
      type: 'RecordAttendance',
      shiftId: 's-1',
      records: [record('r1', 'check-in', '07:00'), record('r2', 'check-out', '10:00')],
      recordedBy: 'v-1',
      uploadedAt: at('20:00'),
      shiftTimes: { startsAt: at('07:00'), endsAt: at('11:00') },
    },
    correction('k-1'),
    correction('k-2'),
    { type: 'ApproveAttendanceCorrection', shiftId: 's-1', correctionId: 'k-1', approvedBy: 'c-1', approvedAt: at('21:00') },
    { type: 'RejectAttendanceCorrection', shiftId: 's-1', correctionId: 'k-2', rejectedBy: 'c-1', reason: 'trùng', rejectedAt: at('21:00') },
  ]),
  ...stream(certificateDecider, [
    {
      type: 'IssueCertificate',
      certificateId: 'cert-1',
      award: 'badge',
      volunteerId: 'v-1',
      issuingUnitId: 'x',
      criteria: { minimumHours: 4 },
      facts: { hours: 4.5, activities: 1 },
      code: 'signed',
      issuedOn: '2026-07-10',
      issuedBy: 'c-1',
    },
    { type: 'RevokeCertificate', certificateId: 'cert-1', issuingUnitId: 'x', reason: 'nhầm', revokedOn: '2026-07-11', revokedBy: 'c-1' },
  ]),
  ...stream(catalogueDecider, [
    {
      type: 'DefineOutputMeasure',
      measureId: 'wells',
      nameVi: 'Giếng nước sạch',
      nameEn: 'Clean-water wells',
      unitVi: 'giếng',
      unitEn: 'wells',
      valueType: 'count',
      definedOn: '2026-05-01',
    },
    { type: 'RetireOutputMeasure', measureId: 'wells', reason: 'gộp', retiredOn: '2026-09-01' },
  ]),
  ...stream(resultsDecider, [
    {
      type: 'RecordActivityOutput',
      activityId: 'a-1',
      outputId: 'o-1',
      kind: 'youth-work',
      name: 'Đường bê tông',
      domain: 'new-rural-construction',
      measures: [
        { measureId: 'rural-road-km', value: 1.5 },
        { measureId: 'beneficiaries', value: 120 },
      ],
      valuationVnd: 300_000_000,
      completedOn: '2026-07-01',
      activityStatus: 'completed',
      catalogue: Object.fromEntries(builtInMeasures().map((m) => [m.measureId, m])),
    },
    {
      type: 'RecordActivityOutput',
      activityId: 'a-1',
      outputId: 'o-2',
      kind: 'youth-task',
      name: 'Tuyên truyền',
      measures: [],
      completedOn: '2026-07-01',
      activityStatus: 'completed',
      catalogue: {},
    },
    { type: 'WithdrawActivityOutput', activityId: 'a-1', outputId: 'o-2', reason: 'ghi trùng', withdrawnOn: '2026-07-02' },
    {
      type: 'RecordResourceMobilised',
      activityId: 'a-1',
      resourceId: 'r-1',
      source: 'business',
      form: 'cash',
      amountVnd: 5_000_000,
      receivedOn: '2026-06-20',
      donorName: 'Công ty A',
      activityStatus: 'prepared',
    },
    {
      type: 'RecordResourceMobilised',
      activityId: 'a-1',
      resourceId: 'r-2',
      source: 'vietnamese-abroad',
      form: 'in-kind',
      description: 'Sách vở',
      quantity: 200,
      unit: 'bộ',
      valuationVnd: 10_000_000,
      receivedOn: '2026-06-21',
      activityStatus: 'in-progress',
    },
    {
      type: 'RecordResourceMobilised',
      activityId: 'a-1',
      resourceId: 'r-3',
      source: 'business',
      form: 'cash',
      amountVnd: 2_000_000,
      receivedOn: '2026-06-22',
      agreementId: 'ag-1',
      activityStatus: 'in-progress',
      agreementFacts: {
        agreement: { status: 'signed', leadUnitId: 'p', partyUnitIds: ['x'], validFrom: '2026-01-01', validTo: '2026-12-31' },
        activityLineage: ['x', 'p'],
      },
    },
    { type: 'WithdrawResourceMobilised', activityId: 'a-1', resourceId: 'r-1', reason: 'hoàn trả', withdrawnOn: '2026-06-30' },
  ]),
];

describe('domain events against their contracts', () => {
  const registry = new EventTypeRegistry(campaignEventTypes);

  // The run above, and each aggregate's spec (whose decided events the setup file checks against
  // their schemas, contracts.test-setup.ts), between them decide every contracted event type.
  it('decides every contracted event type, in the run or in its aggregate spec', () => {
    const produced = new Set<string>(events.map((event) => event.type));
    const specs = readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.unit.spec.ts') && file !== 'contracts.unit.spec.ts')
      .map((file) => readFileSync(join(__dirname, file), 'utf8'))
      .join('\n');
    expect(campaignEventTypes.map((definition) => definition.type).filter((type) => !produced.has(type) && !specs.includes(`type: '${type}'`))).toEqual([]);
  });

  it('writes only events whose data match their contract', () => {
    const problems = events.flatMap((event) => {
      try {
        registry.assertValid(event.type, event.data);
        return [];
      } catch (error) {
        return [(error as Error).message];
      }
    });
    expect(problems).toEqual([]);
  });
});

/**
 * DEMO campaigns (DỮ LIỆU MẪU): the campaigns service's part of the demo, over the people and
 * units of demo-dataset.ts. Summer 2026 (a province template adopted by a border commune and a
 * highland ward, with activities carried through to evaluation: a shift, attendance, outputs and
 * resources), the coming Border Spring 2027 (planned, with shifts open for sign-up), and Y Tý's
 * own campaign for 2027, which applies the coordination model its cadres were trained in (the
 * published model of training's catalogue, demo-training.ts: loaded before these commands).
 *
 * Every command has a fixed id, so loading twice changes nothing. Facts the gateway would look up
 * for a command (a volunteer's age and consent for a sign-up, the area flags of a place) are
 * taken from the demo dataset here, as the gateway takes them from its read models.
 */
import { LAO_CAI, units, volunteers, XA_Y_TY, merges, type AreaFlags } from './demo-dataset';
import { MODEL_IN_USE } from './demo-training';

export interface DemoCommand {
  type: string;
  /** A demo id (never personal data): names the command in output and in its command id. */
  id: string;
  payload: Record<string, unknown>;
  /**
   * Refusal codes that only mean another part of the platform has not caught up yet (a reactor,
   * a local copy of another service's data): the loader sends the command again until it has.
   */
  awaits?: readonly string[];
}

const PHUONG_SA_PA = 'demo-phuong-sa-pa';
const SUMMER_TEMPLATE = 'demo-chien-dich-he-2026';
const SUMMER_Y_TY = 'demo-chien-dich-he-2026-y-ty';
const SUMMER_SA_PA = 'demo-chien-dich-he-2026-sa-pa';
const BORDER_SPRING = 'demo-xuan-tinh-nguyen-2027';
const ROAD = 'demo-hd-duong-ngai-thau';
const PLAY_SPACE = 'demo-hd-san-choi-sa-pa';
const SPRING_CLINIC = 'demo-hd-xuan-2027-y-ty';
const ROAD_SHIFT = 'demo-ca-ngai-thau-2026-07-11';
const Y_TY_2027 = 'demo-tinh-nguyen-y-ty-2027';
const HOUSE_REPAIR = 'demo-hd-sua-nha-ngai-thau-2027';
/** Volunteers of Y Tý after the merger. */
const Y_TY_VOLUNTEERS = ['demo-tnv-01', 'demo-tnv-02', 'demo-tnv-04', 'demo-tnv-06'];

/** A unit's area flags, from the dataset (a unit made by a merger has them on its successor). */
function flagsOf(unitId: string): AreaFlags {
  const unit = units.find((candidate) => candidate.unitId === unitId);
  if (unit) return unit.flags;
  for (const merge of merges) if ('newUnitId' in merge.successor && merge.successor.newUnitId === unitId) return merge.successor.flags;
  throw new Error(`demo campaigns name unit ${unitId}, which the demo dataset does not have`);
}

/** Age in full years on a date (both YYYY-MM-DD). */
function ageOn(dateOfBirth: string, date: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** What the shift decider needs to know of a volunteer, as the gateway would look it up. */
function volunteerFacts(volunteerId: string, shiftDate: string) {
  const volunteer = volunteers.find((candidate) => candidate.volunteerId === volunteerId);
  if (!volunteer) throw new Error(`demo campaigns name volunteer ${volunteerId}, which the demo dataset does not have`);
  return {
    skills: volunteer.skills,
    ageOnShiftDate: ageOn(volunteer.dateOfBirth, shiftDate),
    hasGuardianConsent: volunteer.consents.some((consent) => consent.guardian !== undefined),
  };
}

const summerDefinition = {
  name: 'Chiến dịch Thanh niên tình nguyện hè 2026 (mẫu)',
  kind: 'peak',
  peakTemplate: 'summer-volunteer',
  domains: ['new-rural-construction', 'children-care-education', 'environment-climate-change'],
  startsOn: '2026-06-01',
  endsOn: '2026-08-31',
  goals: [
    { measure: 'rural-road-km', target: 5 },
    { measure: 'play-spaces', target: 10 },
  ],
  initiator: 'union',
};

/**
 * A command naming a coordination model is checked against the campaigns service's copy of
 * training's catalogue, fed by training's events: a model published a moment ago may not be there yet.
 */
const modelCatchingUp = (namer: 'CAMPAIGN' | 'ACTIVITY') => ['COORDINATION_MODELS.CATCHING_UP', `${namer}.COORDINATION_MODEL_UNKNOWN`];

const activity = (
  activityId: string,
  profile: {
    name: string;
    campaignId: string;
    organiserUnitId: string;
    unitId: string;
    site: string;
    domains: string[];
    responsibleCadreId: string;
    coordinationModelId?: string;
  },
  proposedOn: string,
): DemoCommand => ({
  type: 'ProposeActivity',
  id: activityId,
  payload: {
    activityId,
    proposedOn,
    profile: {
      name: profile.name,
      campaignId: profile.campaignId,
      organiserUnitId: profile.organiserUnitId,
      domains: profile.domains,
      location: { unitId: profile.unitId, site: profile.site, flags: flagsOf(profile.unitId) },
      responsibleCadreId: profile.responsibleCadreId,
      initiator: 'union',
      ...(profile.coordinationModelId ? { coordinationModelId: profile.coordinationModelId } : {}),
    },
  },
  ...(profile.coordinationModelId ? { awaits: modelCatchingUp('ACTIVITY') } : {}),
});

/** One volunteer's day on the road shift: in a little after seven, out in the afternoon (minutes vary per person). */
function roadAttendance(): Record<string, unknown>[] {
  return Y_TY_VOLUNTEERS.flatMap((volunteerId, index) => [
    {
      recordId: `demo-dd-${volunteerId}-vao`,
      volunteerId,
      kind: 'check-in',
      at: `2026-07-11T07:${String(5 * index).padStart(2, '0')}:00+07:00`,
      method: 'team-leader',
    },
    {
      recordId: `demo-dd-${volunteerId}-ra`,
      volunteerId,
      kind: 'check-out',
      at: `2026-07-11T15:${String(30 + 7 * index).padStart(2, '0')}:00+07:00`,
      method: 'team-leader',
    },
  ]);
}

/** The campaigns demo, in order: each command may need the ones before it. */
export function campaignDemoCommands(): DemoCommand[] {
  const summerLocal = (campaignId: string, unitId: string): DemoCommand[] => [
    {
      type: 'AdoptCampaignTemplate',
      id: campaignId,
      payload: {
        templateCampaignId: SUMMER_TEMPLATE,
        adoptingUnitId: unitId,
        localCampaignId: campaignId,
        adoptedOn: '2026-05-15',
        adoptingUnitIsBelowPublisher: true,
      },
    },
    {
      type: 'OpenLocalCampaign',
      id: campaignId,
      payload: { campaignId, templateCampaignId: SUMMER_TEMPLATE, organiserUnitId: unitId, openedOn: '2026-05-20' },
    },
  ];
  return [
    {
      type: 'PublishCampaignTemplate',
      id: SUMMER_TEMPLATE,
      payload: { campaignId: SUMMER_TEMPLATE, publisherUnitId: LAO_CAI, definition: summerDefinition, publishedOn: '2026-05-10' },
    },
    ...summerLocal(SUMMER_Y_TY, XA_Y_TY),
    ...summerLocal(SUMMER_SA_PA, PHUONG_SA_PA),

    // Y Tý: a concrete road to a border village, from the needs survey to the follow-up.
    activity(
      ROAD,
      {
        name: 'Bê tông hóa đường vào thôn Ngải Thầu (mẫu)',
        campaignId: SUMMER_Y_TY,
        organiserUnitId: XA_Y_TY,
        unitId: XA_Y_TY,
        site: 'Thôn Ngải Thầu',
        domains: ['new-rural-construction'],
        responsibleCadreId: 'demo-cb-05',
      },
      '2026-05-25',
    ),
    { type: 'PlanActivity', id: ROAD, payload: { activityId: ROAD, startsOn: '2026-07-06', endsOn: '2026-07-26', plannedOn: '2026-05-30' } },
    { type: 'PrepareActivity', id: ROAD, payload: { activityId: ROAD, preparedOn: '2026-06-25' } },
    {
      type: 'RecordResourceMobilised',
      id: `${ROAD}-xi-mang`,
      payload: {
        activityId: ROAD,
        resourceId: `${ROAD}-xi-mang`,
        source: 'business',
        form: 'in-kind',
        description: 'Xi măng PCB40',
        quantity: 200,
        unit: 'bao',
        valuationVnd: 18_000_000,
        receivedOn: '2026-06-20',
        donorName: 'Công ty Vật liệu xây dựng Tây Bắc (mẫu)',
      },
    },
    {
      type: 'RecordResourceMobilised',
      id: `${ROAD}-tien-dn`,
      payload: {
        activityId: ROAD,
        resourceId: `${ROAD}-tien-dn`,
        source: 'business',
        form: 'cash',
        amountVnd: 45_000_000,
        receivedOn: '2026-06-22',
        donorName: 'Ngân hàng (mẫu)',
      },
    },
    // Vietnamese abroad: counted, never named.
    {
      type: 'RecordResourceMobilised',
      id: `${ROAD}-kieu-bao`,
      payload: { activityId: ROAD, resourceId: `${ROAD}-kieu-bao`, source: 'vietnamese-abroad', form: 'cash', amountVnd: 10_000_000, receivedOn: '2026-06-28' },
    },
    { type: 'StartActivity', id: ROAD, payload: { activityId: ROAD, startedAt: '2026-07-06T07:00:00+07:00' } },
    {
      type: 'AddActivityFormation',
      id: `${ROAD}-doi-hinh`,
      payload: {
        activityId: ROAD,
        addedOn: '2026-07-06',
        formation: {
          formationId: 'demo-doi-hinh-y-ty',
          name: 'Đội hình thanh niên tình nguyện xã Y Tý (mẫu)',
          composition: { armedForcesYouth: 6, localYouth: 25, pupilsStudents: 12 },
        },
      },
    },
    {
      type: 'ScheduleShift',
      id: ROAD_SHIFT,
      payload: {
        shiftId: ROAD_SHIFT,
        activityId: ROAD,
        role: { roleId: 'lao-dong', name: 'Lao động làm đường' },
        startsAt: '2026-07-11T07:00:00+07:00',
        endsAt: '2026-07-11T16:00:00+07:00',
        capacity: 30,
        waitlist: true,
      },
    },
    ...Y_TY_VOLUNTEERS.map((volunteerId) => ({
      type: 'SignUpForShift',
      id: `${ROAD_SHIFT}-${volunteerId}`,
      payload: { shiftId: ROAD_SHIFT, volunteerId, volunteer: volunteerFacts(volunteerId, '2026-07-11'), signedUpAt: '2026-07-01T20:00:00+07:00' },
    })),
    {
      type: 'RecordAttendance',
      id: `${ROAD_SHIFT}-so-diem-danh`,
      payload: { shiftId: ROAD_SHIFT, records: roadAttendance(), uploadedAt: '2026-07-11T20:30:00+07:00' },
    },
    {
      type: 'RecordActivityOutput',
      id: `${ROAD}-cong-trinh`,
      payload: {
        activityId: ROAD,
        outputId: `${ROAD}-cong-trinh`,
        kind: 'youth-work',
        name: 'Công trình thanh niên: đường bê tông thôn Ngải Thầu (mẫu)',
        domain: 'new-rural-construction',
        measures: [
          { measureId: 'rural-road-km', value: 0.8 },
          { measureId: 'beneficiaries', value: 420 },
        ],
        valuationVnd: 380_000_000,
        completedOn: '2026-07-26',
      },
    },
    { type: 'CompleteActivity', id: ROAD, payload: { activityId: ROAD, completedAt: '2026-07-26T17:00:00+07:00' } },
    {
      type: 'EvaluateActivity',
      id: ROAD,
      payload: {
        activityId: ROAD,
        evaluatedOn: '2026-08-05',
        summary: 'Hoàn thành 0,8 km đường bê tông, vượt tiến độ 2 ngày; nhân dân đóng góp ngày công.',
        rating: 5,
      },
    },
    {
      type: 'RecordActivityFollowUp',
      id: `${ROAD}-duy-tu-2026-10`,
      payload: {
        activityId: ROAD,
        followUpId: `${ROAD}-duy-tu-2026-10`,
        recordedOn: '2026-10-15',
        note: 'Kiểm tra mặt đường sau mùa mưa: tốt; khơi thông rãnh thoát nước.',
      },
    },

    // Sa Pa: a play space for children.
    activity(
      PLAY_SPACE,
      {
        name: 'Sân chơi cho thiếu nhi tổ dân phố số 1 (mẫu)',
        campaignId: SUMMER_SA_PA,
        organiserUnitId: PHUONG_SA_PA,
        unitId: PHUONG_SA_PA,
        site: 'Tổ dân phố số 1',
        domains: ['children-care-education'],
        responsibleCadreId: 'demo-cb-07',
      },
      '2026-05-25',
    ),
    { type: 'PlanActivity', id: PLAY_SPACE, payload: { activityId: PLAY_SPACE, startsOn: '2026-06-01', endsOn: '2026-06-14', plannedOn: '2026-05-27' } },
    { type: 'PrepareActivity', id: PLAY_SPACE, payload: { activityId: PLAY_SPACE, preparedOn: '2026-05-31' } },
    { type: 'StartActivity', id: PLAY_SPACE, payload: { activityId: PLAY_SPACE, startedAt: '2026-06-01T07:30:00+07:00' } },
    // An individual's gift: counted, never named.
    {
      type: 'RecordResourceMobilised',
      id: `${PLAY_SPACE}-ca-nhan`,
      payload: {
        activityId: PLAY_SPACE,
        resourceId: `${PLAY_SPACE}-ca-nhan`,
        source: 'individual',
        form: 'cash',
        amountVnd: 5_000_000,
        receivedOn: '2026-06-02',
      },
    },
    {
      type: 'RecordActivityOutput',
      id: `${PLAY_SPACE}-san-choi`,
      payload: {
        activityId: PLAY_SPACE,
        outputId: `${PLAY_SPACE}-san-choi`,
        kind: 'youth-work',
        name: 'Sân chơi thiếu nhi tổ dân phố số 1 (mẫu)',
        domain: 'children-care-education',
        measures: [
          { measureId: 'play-spaces', value: 1 },
          { measureId: 'beneficiaries', value: 150 },
        ],
        completedOn: '2026-06-14',
      },
    },
    { type: 'CompleteActivity', id: PLAY_SPACE, payload: { activityId: PLAY_SPACE, completedAt: '2026-06-14T17:00:00+07:00' } },

    // Border Spring 2027: the province's campaign, planned, with shifts open for sign-up.
    {
      type: 'LaunchCampaign',
      id: BORDER_SPRING,
      payload: {
        campaignId: BORDER_SPRING,
        organiserUnitId: LAO_CAI,
        definition: {
          name: 'Xuân tình nguyện - Xuân biên giới 2027 (mẫu)',
          kind: 'peak',
          peakTemplate: 'border-spring',
          domains: ['social-security', 'public-health'],
          startsOn: '2027-01-05',
          endsOn: '2027-02-28',
          goals: [
            { measure: 'gifts', target: 500 },
            { measure: 'medical-examinations', target: 300 },
          ],
          initiator: 'union',
        },
        launchedOn: '2026-11-15',
      },
    },
    activity(
      SPRING_CLINIC,
      {
        name: 'Khám bệnh, tặng quà Tết cho bà con biên giới xã Y Tý (mẫu)',
        campaignId: BORDER_SPRING,
        organiserUnitId: LAO_CAI,
        unitId: XA_Y_TY,
        site: 'Trạm Y tế xã Y Tý',
        domains: ['social-security', 'public-health'],
        responsibleCadreId: 'demo-cb-02',
      },
      '2026-11-20',
    ),
    { type: 'PlanActivity', id: SPRING_CLINIC, payload: { activityId: SPRING_CLINIC, startsOn: '2027-01-15', endsOn: '2027-01-17', plannedOn: '2026-11-22' } },
    {
      type: 'ScheduleShift',
      id: `${SPRING_CLINIC}-y-te`,
      payload: {
        shiftId: `${SPRING_CLINIC}-y-te`,
        activityId: SPRING_CLINIC,
        role: { roleId: 'y-te', name: 'Hỗ trợ khám bệnh', requiredSkills: ['sơ cấp cứu'], requiresApproval: true },
        startsAt: '2027-01-16T07:30:00+07:00',
        endsAt: '2027-01-16T16:30:00+07:00',
        capacity: 10,
        waitlist: true,
      },
    },
    {
      type: 'ScheduleShift',
      id: `${SPRING_CLINIC}-hau-can`,
      payload: {
        shiftId: `${SPRING_CLINIC}-hau-can`,
        activityId: SPRING_CLINIC,
        role: { roleId: 'hau-can', name: 'Hậu cần, trao quà' },
        startsAt: '2027-01-16T07:00:00+07:00',
        endsAt: '2027-01-16T17:00:00+07:00',
        capacity: 20,
        waitlist: true,
      },
    },
    // A nurse asks for the restricted role: pending until a manager approves.
    {
      type: 'SignUpForShift',
      id: `${SPRING_CLINIC}-y-te-demo-tnv-08`,
      payload: {
        shiftId: `${SPRING_CLINIC}-y-te`,
        volunteerId: 'demo-tnv-08',
        volunteer: volunteerFacts('demo-tnv-08', '2027-01-16'),
        signedUpAt: '2026-11-22T09:00:00+07:00',
      },
    },

    // Y Tý's own campaign for 2027 applies the model its cadres learnt in the commune course (K3),
    // and so does its first activity, led by a cadre who took that course.
    {
      type: 'LaunchCampaign',
      id: Y_TY_2027,
      payload: {
        campaignId: Y_TY_2027,
        organiserUnitId: XA_Y_TY,
        definition: {
          name: 'Tình nguyện vì cộng đồng xã Y Tý năm 2027 (mẫu)',
          kind: 'regular',
          domains: ['social-security', 'new-rural-construction'],
          startsOn: '2027-01-01',
          endsOn: '2027-12-31',
          coordinationModelId: MODEL_IN_USE,
          initiator: 'union',
        },
        launchedOn: '2026-12-01',
      },
      awaits: modelCatchingUp('CAMPAIGN'),
    },
    activity(
      HOUSE_REPAIR,
      {
        name: 'Sửa nhà, chống rét cho hộ khó khăn thôn Ngải Thầu (mẫu)',
        campaignId: Y_TY_2027,
        organiserUnitId: XA_Y_TY,
        unitId: XA_Y_TY,
        site: 'Thôn Ngải Thầu',
        domains: ['social-security'],
        responsibleCadreId: 'demo-cb-09',
        coordinationModelId: MODEL_IN_USE,
      },
      '2026-12-03',
    ),
  ];
}

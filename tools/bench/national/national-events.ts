import { randomUUID } from 'node:crypto';
import type { DomainEvent, EventMetadata } from '@tn/shared-event-contracts';
import { HIERARCHY_STREAM_ID, HIERARCHY_STREAM_TYPE, VOLUNTEER_STREAM_TYPE, volunteerStreamId } from '@tn/registry-contracts';
import {
  ACTIVITY_STREAM_TYPE,
  activityStreamId,
  ATTENDANCE_STREAM_TYPE,
  attendanceStreamId,
  CAMPAIGN_DOMAINS,
  CAMPAIGN_STREAM_TYPE,
  campaignStreamId,
  SHIFT_STREAM_TYPE,
  shiftStreamId,
} from '@tn/campaigns-contracts';
import {
  communeOfGrassroots,
  homeOfVolunteer,
  ids,
  type NationalShape,
  organiserOfActivity,
  provinceOfCommune,
  siteOfProvinceActivity,
  volunteerOfCommune,
} from './national-shape';

/**
 * The events of the national dataset, as the registry and the campaigns service decide them
 * (same types, same data, one commit per command), for MongoEventStore.appendBatch. Pure
 * functions of the shape and an index: the same run seeds the same country.
 */

export interface SeedInput {
  streamId: string;
  streamType: string;
  expectedVersion: number;
  commandId: string;
  events: DomainEvent[];
  metadata: EventMetadata;
  /** For a stream continued across appendBatch calls (see MongoEventStore.appendBatch). */
  previousCommitId?: string | null;
  afterPosition?: number;
}

/** Units created per commit of the hierarchy stream (its bulk import allows 1,000 per command). */
export const UNITS_PER_COMMIT = 500;
/** Units' history starts at the 2025 merger of provinces and communes. */
const UNITS_FROM = '2025-07-01';

const PROVINCE_NAMES = [
  'Hà Nội',
  'Hồ Chí Minh',
  'Hải Phòng',
  'Đà Nẵng',
  'Cần Thơ',
  'Huế',
  'Lào Cai',
  'Tuyên Quang',
  'Thái Nguyên',
  'Phú Thọ',
  'Bắc Ninh',
  'Hưng Yên',
  'Ninh Bình',
  'Quảng Ninh',
  'Lạng Sơn',
  'Cao Bằng',
  'Điện Biên',
  'Lai Châu',
  'Sơn La',
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
  'Quảng Trị',
  'Quảng Ngãi',
  'Gia Lai',
  'Đắk Lắk',
  'Khánh Hòa',
  'Lâm Đồng',
  'Đồng Nai',
  'Tây Ninh',
  'Đồng Tháp',
  'Vĩnh Long',
  'An Giang',
  'Cà Mau',
];
const SYLLABLES = [
  'Lào',
  'Phú',
  'Hòa',
  'Bình',
  'Tân',
  'An',
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Sơn',
  'Thủy',
  'Long',
  'Mỹ',
  'Thạnh',
  'Hưng',
  'Phước',
  'Quang',
  'Trung',
  'Vĩnh',
  'Xuân',
  'Đức',
  'Hải',
  'Lộc',
];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Giàng', 'Lò'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Minh', 'Thanh', 'Ngọc', 'Đức', 'Quốc', 'Gia', 'Thu'];
const GIVEN = [
  'An',
  'Bình',
  'Chi',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hùng',
  'Hương',
  'Khoa',
  'Lan',
  'Linh',
  'Mai',
  'Nam',
  'Ngân',
  'Phúc',
  'Quân',
  'Thảo',
  'Trang',
  'Tuấn',
  'Việt',
  'Yến',
];
const SKILLS = ['first-aid', 'teaching', 'cooking', 'driving', 'it', 'translation', 'construction', 'counselling'];
const PROFESSIONS = ['student', 'teacher', 'nurse', 'engineer', 'farmer', 'worker'];
/** The lifecycle an activity has reached, in the proportions a year's activities show. */
const STATUSES = ['needs-survey', 'planned', 'prepared', 'in-progress', 'completed', 'completed', 'evaluated', 'evaluated', 'cancelled'] as const;

/** A well-mixed 32-bit hash of an index (what a seeded random draw would give, without its order). */
function mix(n: number, salt = 0): number {
  let x = (n ^ Math.imul(salt + 1, 0x9e3779b9)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}
const pick = <T>(items: readonly T[], n: number, salt: number): T => items[mix(n, salt) % items.length]!;
const pad2 = (n: number) => String(n).padStart(2, '0');
/** Day `offset` after `from` (YYYY-MM-DD). */
const dayAfter = (from: string, offset: number) => new Date(Date.parse(`${from}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

const metadataOn = (occurredAt: string, unitScope: string): EventMetadata => ({
  actor: { kind: 'system', id: 'national-seed' },
  correlationId: randomUUID(),
  causationId: randomUUID(),
  occurredAt,
  unitScope,
});

const flagsOf = (n: number) => ({
  ethnicMinority: mix(n, 1) % 5 === 0,
  mountainous: mix(n, 2) % 4 === 0,
  border: mix(n, 3) % 12 === 0,
  island: mix(n, 4) % 40 === 0,
});

interface UnitRow {
  unitId: string;
  parentId: string | null;
  nameVi: string;
  levelLabel: string;
  areaCode: string;
  flags: ReturnType<typeof flagsOf>;
}

/** Every unit, parents before children: provinces (root units), communes, grassroots branches. */
export function unitRows(shape: NationalShape): UnitRow[] {
  const rows: UnitRow[] = [];
  for (let p = 0; p < shape.provinces; p++) {
    const name = PROVINCE_NAMES[p % PROVINCE_NAMES.length]!;
    rows.push({ unitId: ids.province(p), parentId: null, nameVi: `Tỉnh đoàn ${name}`, levelLabel: 'Tỉnh đoàn', areaCode: pad2(p + 1), flags: flagsOf(p) });
  }
  for (let c = 0; c < shape.communes; c++) {
    const p = provinceOfCommune(shape, c);
    const name = `${pick(SYLLABLES, c, 5)} ${pick(SYLLABLES, c, 6)}`;
    rows.push({
      unitId: ids.commune(c),
      parentId: ids.province(p),
      nameVi: `Đoàn xã ${name} ${c}`,
      levelLabel: 'Đoàn xã',
      areaCode: `${pad2(p + 1)}${String(c).padStart(5, '0')}`,
      flags: flagsOf(1000 + c),
    });
  }
  for (let g = 0; g < shape.grassroots; g++) {
    const c = communeOfGrassroots(shape, g);
    rows.push({
      unitId: ids.grassroots(g),
      parentId: ids.commune(c),
      nameVi: `Chi đoàn thôn ${pick(SYLLABLES, g, 7)} ${g}`,
      levelLabel: 'Chi đoàn',
      areaCode: `CD${g}`,
      flags: flagsOf(100_000 + g),
    });
  }
  return rows;
}

/** The hierarchy stream: UnitCreated events in commits of UNITS_PER_COMMIT, versions consecutive. */
export function hierarchyInputs(shape: NationalShape): SeedInput[] {
  const rows = unitRows(shape);
  const inputs: SeedInput[] = [];
  for (let start = 0; start < rows.length; start += UNITS_PER_COMMIT) {
    const events = rows.slice(start, start + UNITS_PER_COMMIT).map((row) => ({
      type: 'UnitCreated',
      data: { ...row, organisation: 'union', effectiveFrom: UNITS_FROM },
    }));
    inputs.push({
      streamId: HIERARCHY_STREAM_ID,
      streamType: HIERARCHY_STREAM_TYPE,
      expectedVersion: start,
      commandId: randomUUID(),
      events,
      metadata: metadataOn(`${UNITS_FROM}T08:00:00.000+07:00`, rows[start]!.parentId ?? rows[start]!.unitId),
    });
  }
  return inputs;
}

/** RegisterVolunteer as the registry decides it: the volunteer, then their registry consent. */
export function volunteerInput(shape: NationalShape, v: number): SeedInput {
  const volunteerId = ids.volunteer(v);
  const home = ids.grassroots(homeOfVolunteer(shape, v));
  const registeredOn = dayAfter(UNITS_FROM, mix(v, 8) % 360);
  const fullName = `${pick(FAMILY, v, 9)} ${pick(MIDDLE, v, 10)} ${pick(GIVEN, v, 11)}`;
  const skills = [...new Set([pick(SKILLS, v, 12), pick(SKILLS, v, 13)])];
  return {
    streamId: volunteerStreamId(volunteerId),
    streamType: VOLUNTEER_STREAM_TYPE,
    expectedVersion: 0,
    commandId: randomUUID(),
    events: [
      {
        type: 'VolunteerRegistered',
        data: {
          volunteerId,
          fullName,
          dateOfBirth: `${1990 + (mix(v, 14) % 17)}-${pad2(1 + (mix(v, 15) % 12))}-${pad2(1 + (mix(v, 16) % 28))}`,
          phone: `09${String(v).padStart(8, '0')}`,
          email: `tnv${v}@example.invalid`,
          homeUnitId: home,
          skills,
          professions: [pick(PROFESSIONS, v, 17)],
          registeredOn,
        },
      },
      { type: 'VolunteerConsentGiven', data: { volunteerId, purpose: 'registry', givenAt: registeredOn } },
    ],
    metadata: metadataOn(`${registeredOn}T09:00:00.000+07:00`, home),
  };
}

interface CampaignRow {
  campaignId: string;
  organiserUnitId: string;
  name: string;
  kind: 'regular' | 'peak';
}

/** Every campaign: each province's and each commune's, in that order. */
export function campaignRows(shape: NationalShape): CampaignRow[] {
  const rows: CampaignRow[] = [];
  const peaks = ['Xuân tình nguyện', 'Tháng Thanh niên', 'Mùa hè xanh', 'Tiếp sức mùa thi'];
  for (let p = 0; p < shape.provinces; p++) {
    for (let k = 0; k < shape.provinceCampaigns; k++) {
      rows.push({ campaignId: ids.provinceCampaign(p, k), organiserUnitId: ids.province(p), name: `${peaks[k % peaks.length]} 2026`, kind: 'peak' });
    }
  }
  for (let c = 0; c < shape.communes; c++) {
    for (let k = 0; k < shape.communeCampaigns; k++) {
      rows.push({
        campaignId: ids.communeCampaign(c, k),
        organiserUnitId: ids.commune(c),
        name: k === 0 ? 'Tình nguyện thường xuyên 2026' : 'Ngày Chủ nhật xanh',
        kind: 'regular',
      });
    }
  }
  return rows;
}

const PEAK_TEMPLATES = ['border-spring', 'youth-month', 'summer-volunteer', 'exam-season-relay'] as const;

export function campaignInput(row: CampaignRow, index: number): SeedInput {
  const peak = row.kind === 'peak';
  return {
    streamId: campaignStreamId(row.campaignId),
    streamType: CAMPAIGN_STREAM_TYPE,
    expectedVersion: 0,
    commandId: randomUUID(),
    events: [
      {
        type: 'CampaignLaunched',
        data: {
          campaignId: row.campaignId,
          organiserUnitId: row.organiserUnitId,
          name: row.name,
          kind: row.kind,
          ...(peak ? { peakTemplate: PEAK_TEMPLATES[index % PEAK_TEMPLATES.length] } : {}),
          domains: [pick(CAMPAIGN_DOMAINS, index, 18)],
          startsOn: '2025-08-01',
          endsOn: '2026-12-31',
          goals: [{ measure: 'beneficiaries', target: 100 + (mix(index, 19) % 900) }],
          initiator: 'union',
          launchedOn: '2025-07-15',
        },
      },
    ],
    metadata: metadataOn('2025-07-15T08:00:00.000+07:00', row.organiserUnitId),
  };
}

export interface ActivityPlan {
  activityId: string;
  organiserUnitId: string;
  /** The commune where it takes place (where its volunteers live). */
  siteCommune: number;
  status: (typeof STATUSES)[number];
  /** Its one shift, when it started. */
  shift?: { shiftId: string; startsAt: string; endsAt: string };
}

export function activityPlan(shape: NationalShape, a: number): ActivityPlan {
  const organiser = organiserOfActivity(shape, a);
  const siteCommune = organiser.level === 'province' ? siteOfProvinceActivity(shape, organiser.index, a) : organiser.index;
  const status = pick(STATUSES, a, 20);
  const day = dayAfter('2025-08-01', mix(a, 21) % 480);
  const started = status === 'in-progress' || status === 'completed' || status === 'evaluated';
  return {
    activityId: ids.activity(a),
    organiserUnitId: organiser.level === 'province' ? ids.province(organiser.index) : ids.commune(organiser.index),
    siteCommune,
    status,
    ...(started ? { shift: { shiftId: ids.shift(a), startsAt: `${day}T07:00:00.000+07:00`, endsAt: `${day}T17:00:00.000+07:00` } } : {}),
  };
}

/**
 * Activity a's commands as commits of its stream, up to the status it reached: proposed, planned,
 * prepared, started, completed, evaluated (or cancelled after planning). Consecutive versions.
 */
export function activityInputs(shape: NationalShape, a: number): SeedInput[] {
  const plan = activityPlan(shape, a);
  const organiser = organiserOfActivity(shape, a);
  const activityId = plan.activityId;
  const day = dayAfter('2025-08-01', mix(a, 21) % 480);
  const before = (days: number) => dayAfter(day, -days);
  const commune = ids.commune(plan.siteCommune);
  const steps: [string, Record<string, unknown>, string][] = [
    [
      'ActivityProposed',
      {
        name: `Hoạt động ${pick(SYLLABLES, a, 22)} ${pick(SYLLABLES, a, 23)} ${a}`,
        campaignId: organiser.campaignId,
        organiserUnitId: plan.organiserUnitId,
        domains: [pick(CAMPAIGN_DOMAINS, a, 24)],
        location: { unitId: commune, areaCode: `C${plan.siteCommune}`, site: `Thôn ${1 + (a % 9)}`, flags: flagsOf(1000 + plan.siteCommune) },
        responsibleCadreId: `nat-cadre-${plan.siteCommune}`,
        initiator: 'union',
        proposedOn: before(30),
      },
      before(30),
    ],
  ];
  const reached = (status: (typeof STATUSES)[number]) => STATUSES.indexOf(plan.status) >= STATUSES.indexOf(status) && plan.status !== 'cancelled';
  if (reached('planned') || plan.status === 'cancelled') steps.push(['ActivityPlanned', { startsOn: day, endsOn: day, plannedOn: before(20) }, before(20)]);
  if (reached('prepared')) steps.push(['ActivityPrepared', { preparedOn: before(3) }, before(3)]);
  if (reached('in-progress')) steps.push(['ActivityStarted', { startedAt: `${day}T07:00:00.000+07:00` }, day]);
  if (reached('completed')) steps.push(['ActivityCompleted', { completedAt: `${day}T17:00:00.000+07:00` }, day]);
  if (reached('evaluated'))
    steps.push(['ActivityEvaluated', { evaluatedOn: dayAfter(day, 7), summary: 'Hoàn thành kế hoạch', rating: 3 + (a % 3) }, dayAfter(day, 7)]);
  if (plan.status === 'cancelled') steps.push(['ActivityCancelled', { fromStatus: 'planned', reason: 'Thời tiết xấu', cancelledOn: before(5) }, before(5)]);
  return steps.map(([type, data, on], version) => ({
    streamId: activityStreamId(activityId),
    streamType: ACTIVITY_STREAM_TYPE,
    expectedVersion: version,
    commandId: randomUUID(),
    events: [{ type, data: { activityId, ...data } }],
    metadata: metadataOn(`${on}T08:00:00.000+07:00`, plan.organiserUnitId),
  }));
}

/** A started activity's shift, and its attendance uploaded in one batch (check-in and check-out per volunteer). */
export function shiftAndAttendanceInputs(shape: NationalShape, a: number): SeedInput[] {
  const plan = activityPlan(shape, a);
  if (!plan.shift) return [];
  const { shiftId, startsAt, endsAt } = plan.shift;
  const scheduled: SeedInput = {
    streamId: shiftStreamId(shiftId),
    streamType: SHIFT_STREAM_TYPE,
    expectedVersion: 0,
    commandId: randomUUID(),
    events: [
      {
        type: 'ShiftScheduled',
        data: {
          shiftId,
          activityId: plan.activityId,
          roleId: 'lao-dong',
          roleName: 'Lao động',
          requiredSkills: [],
          requiresApproval: false,
          startsAt,
          endsAt,
          capacity: shape.attendeesPerShift + 5,
          waitlist: false,
        },
      },
    ],
    metadata: metadataOn(startsAt, plan.organiserUnitId),
  };
  if (plan.status === 'in-progress') return [scheduled];
  const start = Date.parse(startsAt);
  const records: DomainEvent[] = [];
  const first = mix(a, 25);
  for (let k = 0; k < shape.attendeesPerShift; k++) {
    const volunteerId = ids.volunteer(volunteerOfCommune(shape, plan.siteCommune, first + k));
    const inAt = new Date(start + (k % 4) * 15 * 60_000).toISOString();
    const outAt = new Date(start + (4 + (mix(a + k, 26) % 5)) * 3600_000).toISOString();
    const method = k % 2 === 0 ? 'qr-code' : 'team-leader';
    for (const [kind, at] of [
      ['check-in', inAt],
      ['check-out', outAt],
    ] as const) {
      records.push({
        type: 'AttendanceRecorded',
        data: { shiftId, recordId: `${shiftId}-${k}-${kind}`, volunteerId, kind, at, method, recordedBy: 'national-seed', uploadedAt: endsAt },
      });
    }
  }
  const uploaded: SeedInput = {
    streamId: attendanceStreamId(shiftId),
    streamType: ATTENDANCE_STREAM_TYPE,
    expectedVersion: 0,
    commandId: randomUUID(),
    events: records,
    metadata: metadataOn(endsAt, plan.organiserUnitId),
  };
  return [scheduled, uploaded];
}

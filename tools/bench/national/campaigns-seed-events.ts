import { randomUUID } from 'node:crypto';
import type { DomainEvent } from '@tn/shared-event-contracts';
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
import { ids, type NationalShape, organiserOfActivity, siteOfProvinceActivity, volunteerOfCommune } from './national-shape';
import { dayAfter, flagsOf, metadataOn, mix, pick, type SeedInput, SYLLABLES } from './seed-kit';

/**
 * The campaigns service's part of the national dataset, as its deciders write it (one commit per
 * command): campaigns, activities through their lifecycle, one shift per started activity and its
 * attendance uploaded in one batch. Pure functions of the shape and an index.
 */

/** The lifecycle an activity has reached, in the proportions a year's activities show. */
const STATUSES = ['needs-survey', 'planned', 'prepared', 'in-progress', 'completed', 'completed', 'evaluated', 'evaluated', 'cancelled'] as const;

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

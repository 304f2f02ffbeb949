import { randomUUID } from 'node:crypto';
import {
  COORDINATION_MODEL_STREAM_TYPE,
  type CoordinationModelDrafted,
  type CoordinationModelPublished,
  coordinationModelStreamId,
  COURSE_STREAM_TYPE,
  type CourseCompleted,
  type CoursePlanned,
  courseRecordId,
  courseStreamId,
  type QualificationGranted,
  type QualificationKindDefined,
  QUALIFICATION_KIND_STREAM_TYPE,
  qualificationKindStreamId,
  type QualificationRevoked,
  TRAINEE_STREAM_TYPE,
  traineeStreamId,
  validUntilOfGrant,
} from '@tn/training-contracts';
import type { DomainEvent } from '@tn/shared-event-contracts';
import { ids } from '../national/national-shape';
import { metadataOn, type SeedInput } from '../national/seed-kit';
import { communesOfProvince, type IndicatorShape, indicatorIds, isRevoked, isTrained, modelOfCommune } from './indicator-shape';

/**
 * The training service's part: one qualification kind granted by every model's curriculum,
 * the coordination models (each with its curriculum), and in each province one course per model
 * that its communes' cadres of that model passed (four in five of them) in January of the year,
 * each pass granting the qualification on the cadre's trainee stream (one in ten later revoked).
 * The province's own cadre passed the first model's course. One commit per command.
 */

const VALIDITY_YEARS = 3;
const RENEWAL_WINDOW_MONTHS = 12;
const BY = 'bi-seed-admin';

const commit = (streamId: string, streamType: string, version: number, events: DomainEvent[], on: string, unitScope: string): SeedInput => ({
  streamId,
  streamType,
  expectedVersion: version,
  commandId: randomUUID(),
  events,
  metadata: metadataOn(`${on}T08:00:00.000+07:00`, unitScope),
});

/** The kind and the models: their streams, whole. */
export function catalogueInputs(shape: IndicatorShape): SeedInput[] {
  const owner = ids.province(0);
  const curricula = Array.from({ length: shape.models }, (_, m) => indicatorIds.curriculum(m));
  const kind: QualificationKindDefined = {
    kindId: indicatorIds.kind,
    name: 'Quản lý, điều phối hoạt động tình nguyện',
    ownerUnitId: owner,
    validityYears: VALIDITY_YEARS,
    renewalWindowMonths: RENEWAL_WINDOW_MONTHS,
    grantingCurriculumIds: curricula,
    renewingCurriculumIds: curricula,
    prerequisiteKindIds: [],
    isTrainerQualification: false,
    leadingRenews: false,
    definedOn: '2025-06-01',
    definedBy: BY,
  };
  const inputs = [
    commit(
      qualificationKindStreamId(kind.kindId),
      QUALIFICATION_KIND_STREAM_TYPE,
      0,
      [{ type: 'QualificationKindDefined', data: { ...kind } }],
      '2025-06-01',
      owner,
    ),
  ];
  for (let m = 0; m < shape.models; m++) {
    const facts = { modelId: indicatorIds.model(m), name: `Mô hình phối hợp ${m + 1}`, curriculumId: indicatorIds.curriculum(m), ownerUnitId: owner };
    const drafted: CoordinationModelDrafted = {
      ...facts,
      description: 'Phối hợp Đoàn, Hội và đối tác',
      status: 'draft',
      draftedBy: BY,
      draftedOn: '2025-06-10',
    };
    const published: CoordinationModelPublished = { ...facts, status: 'published', publishedBy: BY, publishedOn: '2025-06-20' };
    const stream = coordinationModelStreamId(facts.modelId);
    inputs.push(
      commit(stream, COORDINATION_MODEL_STREAM_TYPE, 0, [{ type: 'CoordinationModelDrafted', data: { ...drafted } }], '2025-06-10', owner),
      commit(stream, COORDINATION_MODEL_STREAM_TYPE, 1, [{ type: 'CoordinationModelPublished', data: { ...published } }], '2025-06-20', owner),
    );
  }
  return inputs;
}

interface Learner {
  personId: string;
  unitId: string;
  revoked: boolean;
}

/** Who passed province p's course of model m. */
function learnersOf(shape: IndicatorShape, p: number, m: number): Learner[] {
  const learners = communesOfProvince(shape, p)
    .filter((c) => modelOfCommune(shape, c) === m && isTrained(c))
    .map((c) => ({ personId: indicatorIds.communeCadre(c), unitId: ids.commune(c), revoked: isRevoked(c) }));
  if (m === 0) learners.push({ personId: indicatorIds.provinceCadre(p), unitId: ids.province(p), revoked: false });
  return learners;
}

/** Province p's course of model m (planned, completed) and the records it granted (with the revocations). */
export function courseInputs(shape: IndicatorShape, p: number, m: number): SeedInput[] {
  const year = shape.year;
  const courseId = indicatorIds.course(p, m);
  const provinceId = ids.province(p);
  const [plannedOn, startsOn, completedOn] = [`${year - 1}-12-01`, `${year}-01-12`, `${year}-01-15`];
  const learners = learnersOf(shape, p, m);
  const planned: CoursePlanned = {
    courseId,
    curriculumId: indicatorIds.curriculum(m),
    title: `Tập huấn mô hình phối hợp ${m + 1}`,
    runningUnitId: provinceId,
    level: 'province',
    mode: 'in-person',
    priorityAreas: [],
    capacity: learners.length + 10,
    waitlist: false,
    passMark: 5,
    minimumAttendanceShare: 0.8,
    startsOn,
    endsOn: completedOn,
    trainerIds: [`bi-trainer-${p}`],
    materials: [],
    plannedBy: BY,
    plannedOn,
  };
  const completed: CourseCompleted = {
    courseId,
    curriculumId: planned.curriculumId,
    runningUnitId: provinceId,
    completedOn,
    trainerIds: planned.trainerIds,
    scheduledHours: 16,
    passed: learners.map((learner) => ({ personId: learner.personId, personKind: 'cadre', unitId: learner.unitId, score: 8, attendedHours: 16 })),
    notPassed: [],
    completedBy: BY,
  };
  const stream = courseStreamId(courseId);
  const inputs = [
    commit(stream, COURSE_STREAM_TYPE, 0, [{ type: 'CoursePlanned', data: { ...planned } }], plannedOn, provinceId),
    commit(stream, COURSE_STREAM_TYPE, 1, [{ type: 'CourseCompleted', data: { ...completed } }], completedOn, provinceId),
  ];
  for (const learner of learners) {
    const granted: QualificationGranted = {
      personId: learner.personId,
      personKind: 'cadre',
      recordId: courseRecordId(indicatorIds.kind, courseId),
      kindId: indicatorIds.kind,
      kindRevision: 1,
      grantedOn: completedOn,
      validUntil: validUntilOfGrant(completedOn, VALIDITY_YEARS),
      renewalWindowMonths: RENEWAL_WINDOW_MONTHS,
      courseId,
      curriculumId: planned.curriculumId,
    };
    const trainee = traineeStreamId(learner.personId);
    inputs.push(commit(trainee, TRAINEE_STREAM_TYPE, 0, [{ type: 'QualificationGranted', data: { ...granted } }], completedOn, learner.unitId));
    if (learner.revoked) {
      const revokedOn = `${year}-06-01`;
      const revoked: QualificationRevoked = {
        personId: learner.personId,
        kindId: indicatorIds.kind,
        recordId: granted.recordId,
        revokedRecordIds: [granted.recordId],
        revokedOn,
        reason: 'Không còn đáp ứng yêu cầu',
        revokedBy: BY,
      };
      inputs.push(commit(trainee, TRAINEE_STREAM_TYPE, 1, [{ type: 'QualificationRevoked', data: { ...revoked } }], revokedOn, learner.unitId));
    }
  }
  return inputs;
}

import { HIERARCHY_STREAM_ID, HIERARCHY_STREAM_TYPE, type UnitCreated } from '@tn/registry-contracts';
import {
  COURSE_STREAM_TYPE,
  courseRecordId,
  courseStreamId,
  type EnrolmentRequested,
  type QualificationGranted,
  type QualificationKindDefined,
  QUALIFICATION_KIND_STREAM_TYPE,
  qualificationKindStreamId,
  type QualificationRenewed,
  type QualificationRevoked,
  type QualificationStatus,
  TRAINEE_STREAM_TYPE,
  traineeStreamId,
  validUntilOfGrant,
} from '@tn/training-contracts';
import { unitChildrenProjection } from '../../../libs/gateway/registry/src/units/unit-children.read-model';
import { unitProjection } from '../../../libs/gateway/registry/src/units/unit.read-model';
import { qualificationKindProjection } from '../../../libs/gateway/training/src/qualifications/qualification-kind.read-model';
import { traineeProjection } from '../../../libs/gateway/training/src/qualifications/trainee.read-model';
import { dayAfter, mix } from '../national/seed-kit';
import { envelopeOf, ReadModelFold, StreamVersions } from './read-model-fold';

/**
 * A province subtree (the province, its communes, their branches) in the registry's unit read
 * models, one qualification kind owned by the province, and cadres who each learned in one unit
 * of the subtree, holding records of the kind that stand, as of AS_OF, in a known mix: valid
 * (some after a renewal), expired but renewable, lapsed, revoked. Every record comes from a course
 * of its unit (one per unit and quarter), so the trainee read model derives its unit from the
 * enrolment, as it does for projected events.
 */

export const AS_OF = '2026-06-30';
export const KIND_ID = 'bt-kind-coordination';
const VALIDITY_YEARS = 3;
const RENEWAL_WINDOW_MONTHS = 12;
const CURRICULUM_ID = 'bt-curriculum-coordination';
const UNITS_FROM = '2020-01-01';

/** Courses run mid-quarter: the grant dates a record may have. */
const courseDates = (from: number, to: number) => {
  const dates: string[] = [];
  for (let year = from; year <= to; year++) for (const month of ['02', '05', '08', '11']) dates.push(`${year}-${month}-15`);
  return dates;
};
// As of AS_OF, with 3 years of validity and a 12-month renewal window:
const VALID_GRANTS = courseDates(2023, 2026).filter((date) => date >= '2023-08-15' && date <= '2026-05-15');
const RENEWABLE_GRANTS = courseDates(2022, 2023).filter((date) => date >= '2022-08-15' && date <= '2023-05-15');
const LAPSED_GRANTS = courseDates(2019, 2022).filter((date) => date <= '2022-05-15');
const REVOKED_GRANTS = VALID_GRANTS.filter((date) => date <= '2025-11-15');

/** The mix of what each cadre's records say as of AS_OF, in percent of the cadres. */
const MIX: readonly { share: number; standing: 'valid' | 'renewed' | 'expired-renewable' | 'lapsed' | 'revoked' }[] = [
  { share: 45, standing: 'valid' },
  { share: 10, standing: 'renewed' },
  { share: 20, standing: 'expired-renewable' },
  { share: 15, standing: 'lapsed' },
  { share: 10, standing: 'revoked' },
];
const standingOf = (cadre: number) => {
  let draw = mix(cadre, 31) % 100;
  for (const part of MIX) {
    if (draw < part.share) return part.standing;
    draw -= part.share;
  }
  return 'valid';
};
const statusOfStanding = (standing: ReturnType<typeof standingOf>): QualificationStatus => (standing === 'renewed' ? 'valid' : standing);

export interface SubtreeShape {
  provinceId: string;
  communeIds: string[];
  units: number;
  cadres: number;
  records: number;
  /** What each status should total as of AS_OF: the whole province, and the first commune's subtree. */
  expected: { province: Record<string, number>; commune: Record<string, number> };
}

export interface QualificationDataset {
  folds: ReadModelFold[];
  shape: SubtreeShape;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** The same day of the month, `months` earlier (the bench's days are the 15th: every month has one). */
function monthsBefore(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) - months;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1, 2)}-${pad(day, 2)}`;
}

export function qualificationDataset(options: { cadres: number; communes: number; branchesPerCommune: number }): QualificationDataset {
  const units = new ReadModelFold(unitProjection);
  const children = new ReadModelFold(unitChildrenProjection);
  const kinds = new ReadModelFold(qualificationKindProjection);
  const trainees = new ReadModelFold(traineeProjection);
  const versions = new StreamVersions();

  // The subtree, parents first, on the registry's one hierarchy stream.
  const provinceId = 'bt-province';
  const rows: { unitId: string; parentId: string | null; nameVi: string; levelLabel: string }[] = [
    { unitId: provinceId, parentId: null, nameVi: 'Tỉnh đoàn Thử Nghiệm', levelLabel: 'Tỉnh đoàn' },
  ];
  const communeIds = Array.from({ length: options.communes }, (_, c) => `bt-c${pad(c, 3)}`);
  for (const communeId of communeIds) rows.push({ unitId: communeId, parentId: provinceId, nameVi: `Đoàn xã ${communeId}`, levelLabel: 'Đoàn xã' });
  for (const communeId of communeIds) {
    for (let b = 0; b < options.branchesPerCommune; b++) {
      rows.push({ unitId: `${communeId}-b${b}`, parentId: communeId, nameVi: `Chi đoàn ${communeId}-${b}`, levelLabel: 'Chi đoàn' });
    }
  }
  for (const row of rows) {
    const data: UnitCreated = {
      ...row,
      organisation: 'union',
      flags: { ethnicMinority: false, mountainous: true, border: false, island: false },
      effectiveFrom: UNITS_FROM,
    };
    const event = envelopeOf('UnitCreated', data, versions.next(HIERARCHY_STREAM_ID, HIERARCHY_STREAM_TYPE), UNITS_FROM);
    units.apply(event);
    children.apply(event);
  }

  const kind: QualificationKindDefined = {
    kindId: KIND_ID,
    name: 'Quản lý, điều phối hoạt động tình nguyện',
    ownerUnitId: provinceId,
    validityYears: VALIDITY_YEARS,
    renewalWindowMonths: RENEWAL_WINDOW_MONTHS,
    grantingCurriculumIds: [CURRICULUM_ID],
    renewingCurriculumIds: [CURRICULUM_ID],
    prerequisiteKindIds: [],
    isTrainerQualification: false,
    leadingRenews: false,
    definedOn: '2019-01-01',
    definedBy: 'bt-admin',
  };
  kinds.apply(envelopeOf('QualificationKindDefined', kind, versions.next(qualificationKindStreamId(KIND_ID), QUALIFICATION_KIND_STREAM_TYPE), '2019-01-01'));

  // A learner's enrolment (on the course's stream) and the record it gave (on their trainee stream).
  const learned = (personId: string, unitId: string, on: string) => {
    const courseId = `bt-qc-${unitId}-${on}`;
    const enrolment: EnrolmentRequested = {
      courseId,
      personId,
      personKind: 'cadre',
      unitId,
      abroad: false,
      requestedBy: 'bt-admin',
      requestedOn: dayAfter(on, -30),
    };
    trainees.apply(envelopeOf('EnrolmentRequested', enrolment, versions.next(courseStreamId(courseId), COURSE_STREAM_TYPE), dayAfter(on, -30)));
    return courseId;
  };
  const onTrainee = (personId: string) => versions.next(traineeStreamId(personId), TRAINEE_STREAM_TYPE);

  const unitIds = rows.map((row) => row.unitId);
  const firstCommune = new Set([communeIds[0], ...rows.filter((row) => row.parentId === communeIds[0]).map((row) => row.unitId)]);
  const zero = () => Object.fromEntries(['valid', 'expired-renewable', 'lapsed', 'revoked'].map((status) => [status, 0]));
  const expected = { province: zero(), commune: zero() };
  let records = 0;
  for (let i = 0; i < options.cadres; i++) {
    const personId = `bt-cadre-${pad(i, 6)}`;
    const unitId = unitIds[mix(i, 32) % unitIds.length]!;
    const standing = standingOf(i);
    const grants = { valid: VALID_GRANTS, renewed: VALID_GRANTS, 'expired-renewable': RENEWABLE_GRANTS, lapsed: LAPSED_GRANTS, revoked: REVOKED_GRANTS }[
      standing
    ];
    const grantedOn = grants[mix(i, 33) % grants.length]!;
    const base = { personId, personKind: 'cadre' as const, kindId: KIND_ID, kindRevision: 1, renewalWindowMonths: RENEWAL_WINDOW_MONTHS };
    if (standing === 'renewed') {
      // First granted three and a half years before, renewed while expired but renewable (the renewal runs from its day).
      const firstOn = monthsBefore(grantedOn, VALIDITY_YEARS * 12 + 6);
      const firstCourse = learned(personId, unitId, firstOn);
      const first: QualificationGranted = {
        ...base,
        recordId: courseRecordId(KIND_ID, firstCourse),
        grantedOn: firstOn,
        validUntil: validUntilOfGrant(firstOn, VALIDITY_YEARS),
        courseId: firstCourse,
        curriculumId: CURRICULUM_ID,
      };
      trainees.apply(envelopeOf('QualificationGranted', first, onTrainee(personId), firstOn));
      const courseId = learned(personId, unitId, grantedOn);
      const renewal: QualificationRenewed = {
        ...base,
        recordId: courseRecordId(KIND_ID, courseId),
        grantedOn,
        validUntil: validUntilOfGrant(grantedOn, VALIDITY_YEARS),
        renewsRecordId: first.recordId,
        courseId,
        basis: 'course-completed',
        curriculumId: CURRICULUM_ID,
      };
      trainees.apply(envelopeOf('QualificationRenewed', renewal, onTrainee(personId), grantedOn));
      records += 2;
    } else {
      const courseId = learned(personId, unitId, grantedOn);
      const granted: QualificationGranted = {
        ...base,
        recordId: courseRecordId(KIND_ID, courseId),
        grantedOn,
        validUntil: validUntilOfGrant(grantedOn, VALIDITY_YEARS),
        courseId,
        curriculumId: CURRICULUM_ID,
      };
      trainees.apply(envelopeOf('QualificationGranted', granted, onTrainee(personId), grantedOn));
      records++;
      if (standing === 'revoked') {
        const revokedOn = dayAfter(grantedOn, 60 + (mix(i, 34) % 90));
        const revoked: QualificationRevoked = {
          personId,
          kindId: KIND_ID,
          recordId: granted.recordId,
          revokedRecordIds: [granted.recordId],
          revokedOn,
          reason: 'Vi phạm quy chế',
          revokedBy: 'bt-admin',
        };
        trainees.apply(envelopeOf('QualificationRevoked', revoked, onTrainee(personId), revokedOn));
      }
    }
    const status = statusOfStanding(standing);
    expected.province[status]!++;
    if (firstCommune.has(unitId)) expected.commune[status]!++;
  }
  return {
    folds: [units, children, kinds, trainees],
    shape: { provinceId, communeIds, units: rows.length, cadres: options.cadres, records, expected },
  };
}

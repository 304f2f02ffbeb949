/**
 * DEMO training year (DỮ LIỆU MẪU): the training service's part of the demo, over the people and
 * units of demo-dataset.ts. Lào Cai trains its volunteer-work cadres the ToT way:
 *
 * - a curriculum for trainers (ToT) and one for commune cadres, a handbook with two approved
 *   versions, and two coordination models taught by the commune curriculum (one published, one
 *   retired after the 2025 assessment);
 * - two qualification kinds: trainers (3 years, renewed by leading a course) and volunteer
 *   coordination (1 year: the Y Tý course of October 2025 has expired by December 2026, while
 *   the 2026 courses are valid);
 * - a province trainer recognised on prior evidence, who leads the province's ToT course of
 *   August 2025; its three graduates each lead a commune course (Y Tý 2025, Sa Pa and Lào Cai
 *   ward 2026) for commune cadres and volunteers, one of whom does not pass;
 * - a capacity rubric for communes, with Y Tý assessed for 2025 (finalised) and 2026.
 *
 * Acts are dated the day the loader runs (the contracts let only facts be backdated: a prior
 * qualification's grant, course and session dates, a completion date). Qualification records
 * are made by the training service itself when a course completes (its completion reactor).
 * The story is told as of 2026-12-07: run earlier than the last course's completion, the service
 * refuses attendance not yet held (check-training.ts says so before anything is sent).
 */
import type {
  AddMaterialVersion,
  DefineCapacityRubric,
  DefineCurriculum,
  DefineQualificationKind,
  DraftCoordinationModel,
  PlanCourse,
  RecognisePriorQualification,
  RecordCapacityAssessment,
  RegisterMaterial,
  ScheduleCourseSession,
} from '@tn/training-contracts';
import type { DemoCommand } from './demo-campaigns';
import { LAO_CAI, XA_Y_TY } from './demo-dataset';

/** The day the demo's story is told as of: records expired on it are the demo's "expired" ones. */
export const TRAINING_STORY_DATE = '2026-12-07';

const PHUONG_SA_PA = 'demo-phuong-sa-pa';
const PHUONG_LAO_CAI = 'demo-phuong-lao-cai';

export const CURRICULUM_TOT = 'demo-ct-tot-dieu-phoi';
export const CURRICULUM_COMMUNE = 'demo-ct-can-bo-xa-dieu-phoi';
const HANDBOOK = 'demo-tl-cam-nang-dieu-phoi';
/** The published model: the one campaigns of the demo apply (K3). */
export const MODEL_IN_USE = 'demo-mh-dieu-phoi-cum-thon';
const MODEL_RETIRED = 'demo-mh-doi-hinh-tu-quan';
export const KIND_TRAINER = 'demo-tc-tap-huan-vien';
export const KIND_COORDINATION = 'demo-tc-dieu-phoi-tnv';
const RUBRIC = 'demo-tieu-chi-nang-luc-xa';
/** The province trainer recognised on prior evidence: the first link of the demo's lineage. */
export const PROVINCE_TRAINER = 'demo-cb-03';

// ---- the catalogue --------------------------------------------------------------------------

const curricula: DefineCurriculum[] = [
  {
    curriculumId: CURRICULUM_TOT,
    title: 'Tập huấn viên nguồn: quản lý, điều phối hoạt động tình nguyện (ToT) (mẫu)',
    targetGroup: 'trainers',
    ownerUnitId: LAO_CAI,
    modules: [
      {
        moduleId: 'tot-1',
        title: 'Phương pháp tập huấn cho người lớn',
        hours: 6,
        outcomes: ['Thiết kế buổi tập huấn có sự tham gia', 'Điều hành thảo luận nhóm'],
      },
      {
        moduleId: 'tot-2',
        title: 'Mô hình điều phối tình nguyện viên theo cụm thôn, bản',
        hours: 6,
        outcomes: ['Giải thích các vai trò trong mô hình', 'Hướng dẫn cấp xã áp dụng mô hình'],
      },
      {
        moduleId: 'tot-3',
        title: 'Quản lý hoạt động tình nguyện trên nền tảng số',
        hours: 6,
        outcomes: ['Cập nhật hoạt động, ca và điểm danh lên nền tảng', 'Hướng dẫn đoàn viên đăng ký ca'],
      },
      {
        moduleId: 'tot-4',
        title: 'Thực hành giảng dạy và đánh giá học viên',
        hours: 6,
        outcomes: ['Giảng thử một học phần', 'Chấm bài đánh giá theo thang điểm'],
      },
    ],
  },
  {
    curriculumId: CURRICULUM_COMMUNE,
    title: 'Quản lý, điều phối hoạt động tình nguyện cho cán bộ Đoàn cấp xã (mẫu)',
    targetGroup: 'commune-cadres',
    ownerUnitId: LAO_CAI,
    modules: [
      {
        moduleId: 'xa-1',
        title: 'Lập kế hoạch hoạt động tình nguyện của xã',
        hours: 4,
        outcomes: ['Khảo sát nhu cầu, địa điểm', 'Lập kế hoạch theo các bước của hoạt động'],
      },
      {
        moduleId: 'xa-2',
        title: 'Điều phối tình nguyện viên theo cụm thôn, bản',
        hours: 4,
        outcomes: ['Phân công điều phối viên cụm', 'Tổ chức đội hình ba lực lượng'],
      },
      {
        moduleId: 'xa-3',
        title: 'Ghi nhận hoạt động và điểm danh trên nền tảng số',
        hours: 4,
        outcomes: ['Cập nhật hoạt động và kết quả', 'Điểm danh ca tình nguyện'],
      },
    ],
  },
];

/** A material with its versions, each approved once added (files by reference: an https address and the file's SHA-256). */
interface DemoMaterial extends RegisterMaterial {
  versions: Omit<AddMaterialVersion, 'materialId'>[];
}

const materials: DemoMaterial[] = [
  {
    materialId: HANDBOOK,
    title: 'Cẩm nang quản lý, điều phối hoạt động tình nguyện (mẫu)',
    kind: 'handbook',
    curriculumId: CURRICULUM_COMMUNE,
    targetGroups: ['trainers', 'commune-cadres'],
    ownerUnitId: LAO_CAI,
    versions: [
      {
        version: 1,
        url: 'https://tailieu.demo.example/cam-nang-dieu-phoi/v1.pdf',
        sha256: 'ae6312e01f8b7d9503c66d3df4e6215daebe83ac70f70af95cad8ed7d5db0b11',
        note: 'Bản số hóa đầu tiên, dùng cho khóa ToT 2025',
      },
      {
        version: 2,
        url: 'https://tailieu.demo.example/cam-nang-dieu-phoi/v2.pdf',
        sha256: '7a1ddc9a27c48f9cce431130ee5bc785ccf66783b5254387c8c278d40bc3df0f',
        note: 'Bổ sung chương ghi nhận hoạt động và điểm danh trên nền tảng số',
      },
    ],
  },
];

/** A model drafted and published; `retiredFor` retires it afterwards, for that reason. */
interface DemoModel extends DraftCoordinationModel {
  retiredFor?: string;
}

const models: DemoModel[] = [
  {
    modelId: MODEL_IN_USE,
    name: 'Điều phối tình nguyện viên theo cụm thôn, bản (mẫu)',
    description:
      'Mỗi cụm 3–5 thôn, bản có một điều phối viên là cán bộ Đoàn xã đã qua tập huấn: nhận nhu cầu của thôn, phân ca cho tình nguyện viên và điểm danh trên nền tảng.',
    curriculumId: CURRICULUM_COMMUNE,
    ownerUnitId: LAO_CAI,
  },
  {
    modelId: MODEL_RETIRED,
    name: 'Đội hình tình nguyện tự quản (mẫu)',
    description: 'Các đội hình tự tổ chức hoạt động và báo cáo kết quả về Đoàn xã sau mỗi đợt.',
    curriculumId: CURRICULUM_COMMUNE,
    ownerUnitId: LAO_CAI,
    retiredFor: 'Thay bằng mô hình điều phối theo cụm thôn, bản sau đánh giá năng lực năm 2025',
  },
];

// ---- qualifications -------------------------------------------------------------------------

const kinds: DefineQualificationKind[] = [
  {
    kindId: KIND_TRAINER,
    name: 'Tập huấn viên điều phối tình nguyện (mẫu)',
    ownerUnitId: LAO_CAI,
    validityYears: 3,
    renewalWindowMonths: 12,
    grantingCurriculumIds: [CURRICULUM_TOT],
    renewingCurriculumIds: [CURRICULUM_TOT],
    prerequisiteKindIds: [],
    isTrainerQualification: true,
    leadingRenews: true,
  },
  {
    // One year: the October 2025 course's records have expired by the story's date (renewable for 6 months).
    kindId: KIND_COORDINATION,
    name: 'Điều phối hoạt động tình nguyện (mẫu)',
    ownerUnitId: LAO_CAI,
    validityYears: 1,
    renewalWindowMonths: 6,
    grantingCurriculumIds: [CURRICULUM_COMMUNE],
    renewingCurriculumIds: [CURRICULUM_COMMUNE],
    prerequisiteKindIds: [],
    isTrainerQualification: false,
    leadingRenews: false,
  },
];

const priorQualifications: RecognisePriorQualification[] = [
  {
    personId: PROVINCE_TRAINER,
    personKind: 'cadre',
    kindId: KIND_TRAINER,
    recordId: 'demo-ghi-nhan-tap-huan-vien-cb-03',
    grantedOn: '2023-09-15',
    evidence: 'Giấy chứng nhận tập huấn viên nguồn của Trung ương Đoàn, khóa tháng 9/2023 (mẫu)',
  },
];

// ---- courses --------------------------------------------------------------------------------

export interface DemoLearner {
  personId: string;
  personKind: 'cadre' | 'volunteer';
  /** The learner's own unit on the course's dates (a cadre's position, a volunteer's home unit). */
  unitId: string;
  score: number;
  /** Sessions the learner missed (present at every other one). */
  absentFrom?: string[];
}

/** A course as it happened: planned, its sessions held, its learners confirmed, present, assessed, and completed. */
export interface DemoCourse extends PlanCourse {
  sessions: Omit<ScheduleCourseSession, 'courseId'>[];
  learners: DemoLearner[];
  completedOn: string;
}

/** Sessions `buoi-1`, `buoi-2`, … on the dates given, each of the hours given beside its date. */
const sessionsOf = (days: [date: string, hours: number][], venue: { place: string } | { link: string }) =>
  days.map(([date, hours], index) => ({ sessionId: `buoi-${index + 1}`, date, hours, ...venue }));

const cadre = (personId: string, unitId: string, score: number, absentFrom?: string[]): DemoLearner => ({
  personId,
  personKind: 'cadre',
  unitId,
  score,
  ...(absentFrom ? { absentFrom } : {}),
});
const volunteer = (personId: string, unitId: string, score: number, absentFrom?: string[]): DemoLearner => ({
  ...cadre(personId, unitId, score, absentFrom),
  personKind: 'volunteer',
});

const HANDBOOK_V1 = [{ materialId: HANDBOOK, version: 1 }];
const HANDBOOK_V2 = [{ materialId: HANDBOOK, version: 2 }];

export const TOT_COURSE = 'demo-kh-tot-2025';

const courses: DemoCourse[] = [
  {
    // The province trains three commune cadres as trainers (ToT).
    courseId: TOT_COURSE,
    curriculumId: CURRICULUM_TOT,
    title: 'Tập huấn viên nguồn điều phối tình nguyện tỉnh Lào Cai 2025 (mẫu)',
    runningUnitId: LAO_CAI,
    level: 'province',
    mode: 'mixed',
    priorityAreas: ['ethnic-minority', 'mountain', 'border'],
    capacity: 20,
    waitlist: false,
    passMark: 70,
    startsOn: '2025-08-11',
    endsOn: '2025-08-14',
    trainerIds: [PROVINCE_TRAINER],
    materials: HANDBOOK_V1,
    sessions: [
      ...sessionsOf(
        [
          ['2025-08-11', 6],
          ['2025-08-12', 6],
          ['2025-08-13', 6],
        ],
        { place: 'Hội trường Tỉnh đoàn Lào Cai' },
      ),
      // The teaching practice is online: each trainee teaches from their own commune.
      { sessionId: 'buoi-4', date: '2025-08-14', hours: 6, link: 'https://hop.demo.example/tot-2025' },
    ],
    learners: [cadre('demo-cb-05', XA_Y_TY, 88), cadre('demo-cb-06', PHUONG_LAO_CAI, 82), cadre('demo-cb-07', PHUONG_SA_PA, 91)],
    completedOn: '2025-08-14',
  },
  {
    // Y Tý, October 2025: one volunteer misses the short last session and still reaches 80% of the hours.
    courseId: 'demo-kh-xa-y-ty-2025',
    curriculumId: CURRICULUM_COMMUNE,
    title: 'Tập huấn điều phối tình nguyện xã Y Tý 2025 (mẫu)',
    runningUnitId: XA_Y_TY,
    level: 'commune',
    mode: 'in-person',
    priorityAreas: ['ethnic-minority', 'mountain', 'border'],
    capacity: 30,
    waitlist: true,
    passMark: 60,
    startsOn: '2025-10-13',
    endsOn: '2025-10-15',
    trainerIds: ['demo-cb-05'],
    materials: HANDBOOK_V1,
    sessions: sessionsOf(
      [
        ['2025-10-13', 4],
        ['2025-10-14', 4],
        ['2025-10-15', 2],
      ],
      { place: 'Nhà văn hóa xã Y Tý' },
    ),
    learners: [
      cadre('demo-cb-04', XA_Y_TY, 75),
      cadre('demo-cb-09', XA_Y_TY, 84),
      volunteer('demo-tnv-01', XA_Y_TY, 70),
      volunteer('demo-tnv-02', XA_Y_TY, 78),
      volunteer('demo-tnv-04', XA_Y_TY, 66, ['buoi-3']),
      volunteer('demo-tnv-06', XA_Y_TY, 72),
    ],
    completedOn: '2025-10-15',
  },
  {
    // Sa Pa, April 2026, with Tả Van's secretary and the ward's group leader among the learners.
    courseId: 'demo-kh-phuong-sa-pa-2026',
    curriculumId: CURRICULUM_COMMUNE,
    title: 'Tập huấn điều phối tình nguyện phường Sa Pa 2026 (mẫu)',
    runningUnitId: PHUONG_SA_PA,
    level: 'commune',
    mode: 'in-person',
    priorityAreas: ['ethnic-minority', 'mountain'],
    capacity: 25,
    waitlist: true,
    passMark: 60,
    startsOn: '2026-04-06',
    endsOn: '2026-04-08',
    trainerIds: ['demo-cb-07'],
    materials: HANDBOOK_V1,
    sessions: sessionsOf(
      [
        ['2026-04-06', 4],
        ['2026-04-07', 4],
        ['2026-04-08', 4],
      ],
      { place: 'Trụ sở Đoàn phường Sa Pa' },
    ),
    learners: [
      cadre('demo-cb-10', PHUONG_SA_PA, 86),
      cadre('demo-cb-11', 'demo-xa-ta-van', 79),
      volunteer('demo-tnv-13', PHUONG_SA_PA, 90),
      volunteer('demo-tnv-14', PHUONG_SA_PA, 68),
      volunteer('demo-tnv-15', 'demo-cd-sa-pa-tdp-1', 74),
    ],
    completedOn: '2026-04-08',
  },
  {
    // Lào Cai ward, September 2026, teaching the handbook's second version; one learner falls short of the pass mark.
    courseId: 'demo-kh-phuong-lao-cai-2026',
    curriculumId: CURRICULUM_COMMUNE,
    title: 'Tập huấn điều phối tình nguyện phường Lào Cai 2026 (mẫu)',
    runningUnitId: PHUONG_LAO_CAI,
    level: 'commune',
    mode: 'in-person',
    priorityAreas: ['border'],
    capacity: 25,
    waitlist: true,
    passMark: 60,
    startsOn: '2026-09-14',
    endsOn: '2026-09-16',
    trainerIds: ['demo-cb-06'],
    materials: HANDBOOK_V2,
    sessions: sessionsOf(
      [
        ['2026-09-14', 4],
        ['2026-09-15', 4],
        ['2026-09-16', 4],
      ],
      { place: 'Trụ sở Đoàn phường Lào Cai' },
    ),
    learners: [
      cadre('demo-cb-12', 'demo-phuong-cam-duong', 81),
      volunteer('demo-tnv-07', PHUONG_LAO_CAI, 77),
      volunteer('demo-tnv-08', PHUONG_LAO_CAI, 85),
      volunteer('demo-tnv-09', 'demo-cd-lao-cai-kdc-1', 71),
      volunteer('demo-tnv-10', 'demo-cd-lao-cai-kdc-2', 52),
    ],
    completedOn: '2026-09-16',
  },
];

// ---- capacity assessments -------------------------------------------------------------------

const rubric: DefineCapacityRubric = {
  rubricId: RUBRIC,
  title: 'Năng lực quản lý, điều phối hoạt động tình nguyện của Đoàn xã (mẫu)',
  ownerUnitId: LAO_CAI,
  subjectKind: 'unit',
  level: 'commune',
  scale: { min: 1, max: 5 },
  criteria: [
    { criterionId: 'ke-hoach', title: 'Lập kế hoạch hoạt động tình nguyện hằng năm', weight: 2 },
    { criterionId: 'dieu-phoi', title: 'Điều phối đội hình và tình nguyện viên theo mô hình', weight: 3 },
    { criterionId: 'so-hoa', title: 'Ghi nhận hoạt động trên nền tảng số', weight: 2 },
    { criterionId: 'nguon-luc', title: 'Huy động nguồn lực xã hội', weight: 1 },
    { criterionId: 'duy-tri', title: 'Duy trì kết quả sau hoạt động', weight: 1 },
  ],
};

/** An assessment of a rubric's version 1; `finalised` once the period's report is sent. */
export interface DemoAssessment extends RecordCapacityAssessment {
  finalised: boolean;
}

const scoresOf = (scores: [criterionId: string, score: number, evidence?: string][]) =>
  scores.map(([criterionId, score, evidence]) => ({ criterionId, score, ...(evidence ? { evidence } : {}) }));

const assessmentOf = (period: string, scores: RecordCapacityAssessment['scores'], followUpPlan: string, finalised: boolean): DemoAssessment => ({
  assessmentId: `${RUBRIC}:${XA_Y_TY}:${period}`,
  subject: { kind: 'unit', id: XA_Y_TY, unitId: XA_Y_TY },
  rubricId: RUBRIC,
  rubricVersion: 1,
  period,
  scores,
  followUpPlan,
  finalised,
});

const assessments: DemoAssessment[] = [
  assessmentOf(
    '2025',
    scoresOf([
      ['ke-hoach', 3],
      ['dieu-phoi', 2, 'Các đội hình tự quản, chưa có người điều phối chung'],
      ['so-hoa', 2],
      ['nguon-luc', 3],
      ['duy-tri', 2],
    ]),
    'Cử cán bộ dự tập huấn điều phối; áp dụng mô hình điều phối theo cụm thôn, bản từ năm 2026.',
    true,
  ),
  assessmentOf(
    '2026',
    scoresOf([
      ['ke-hoach', 4],
      ['dieu-phoi', 4, 'Hai cụm thôn có điều phối viên; chiến dịch hè 2026 phân ca và điểm danh trên nền tảng'],
      ['so-hoa', 4, 'Hoạt động làm đường Ngải Thầu ghi nhận đủ ca, điểm danh và kết quả'],
      ['nguon-luc', 4],
      ['duy-tri', 3],
    ]),
    'Tập huấn lại cho cán bộ có chứng nhận điều phối hết hạn; mở rộng mô hình ra các thôn còn lại.',
    false,
  ),
];

/** The training year, as data: the commands below are made from it, and check-training.ts checks it. */
export const trainingYear = { curricula, materials, models, kinds, priorQualifications, courses, rubric, assessments };
export type TrainingYear = typeof trainingYear;

// ---- the commands ---------------------------------------------------------------------------

/** Commands sent in order within a group; the groups of a phase side by side; each phase after the one before. */
export interface DemoPhase {
  name: string;
  groups: DemoCommand[][];
}

/**
 * A course's commands in order. Planning waits for its trainers' qualification: a trainer
 * qualified by an earlier course is recorded by the service's completion reactor, a moment
 * after that course's completion.
 */
export function courseCommands(course: DemoCourse): DemoCommand[] {
  const { sessions, learners, completedOn, ...plan } = course;
  const { courseId } = course;
  const per = (type: string, key: string, payload: Record<string, unknown>): DemoCommand => ({
    type,
    id: `${courseId}:${key}`,
    payload: { courseId, ...payload },
  });
  return [
    { type: 'PlanCourse', id: courseId, payload: { ...plan }, awaits: ['COURSE.TRAINER_NOT_QUALIFIED'] },
    ...sessions.map((session) => per('ScheduleCourseSession', session.sessionId, { ...session })),
    ...learners.map(({ personId, personKind, unitId }) => per('RequestEnrolment', personId, { personId, personKind, unitId, abroad: false })),
    ...learners.map(({ personId }) => per('ApproveEnrolment', personId, { personId })),
    ...sessions.map(({ sessionId }) =>
      per('RecordSessionAttendance', sessionId, {
        sessionId,
        presentPersonIds: learners.filter((learner) => !learner.absentFrom?.includes(sessionId)).map((learner) => learner.personId),
      }),
    ),
    ...learners.map(({ personId, score }) => per('RecordAssessment', personId, { personId, score })),
    { type: 'CompleteCourse', id: courseId, payload: { courseId, completedOn } },
  ];
}

const materialCommands = ({ versions, ...material }: DemoMaterial): DemoCommand[] => [
  { type: 'RegisterMaterial', id: material.materialId, payload: { ...material } },
  ...versions.flatMap(({ version, ...file }) => [
    { type: 'AddMaterialVersion', id: `${material.materialId}:v${version}`, payload: { materialId: material.materialId, version, ...file } },
    { type: 'ApproveMaterialVersion', id: `${material.materialId}:v${version}`, payload: { materialId: material.materialId, version } },
  ]),
];

const modelCommands = ({ retiredFor, ...model }: DemoModel): DemoCommand[] => [
  { type: 'DraftCoordinationModel', id: model.modelId, payload: { ...model } },
  { type: 'PublishCoordinationModel', id: model.modelId, payload: { modelId: model.modelId } },
  ...(retiredFor ? [{ type: 'RetireCoordinationModel', id: model.modelId, payload: { modelId: model.modelId, reason: retiredFor } }] : []),
];

const assessmentCommands = ({ finalised, ...assessment }: DemoAssessment): DemoCommand[] => [
  { type: 'RecordCapacityAssessment', id: assessment.assessmentId, payload: { ...assessment } },
  ...(finalised ? [{ type: 'FinaliseCapacityAssessment', id: assessment.assessmentId, payload: { assessmentId: assessment.assessmentId } }] : []),
];

/**
 * The training year's commands in phases: the catalogue, qualification kinds, the recognised
 * trainer and the capacity assessments first; then materials and models (which name a
 * curriculum); then the ToT course; then the commune courses its graduates lead.
 */
export function trainingDemoPhases(year: TrainingYear = trainingYear): DemoPhase[] {
  const isToT = (course: DemoCourse) => course.curriculumId === CURRICULUM_TOT;
  return [
    {
      name: 'training catalogue',
      groups: [
        ...year.curricula.map((curriculum) => [{ type: 'DefineCurriculum', id: curriculum.curriculumId, payload: { ...curriculum } }]),
        ...year.kinds.map((kind) => [
          { type: 'DefineQualificationKind', id: kind.kindId, payload: { ...kind } },
          ...year.priorQualifications
            .filter((prior) => prior.kindId === kind.kindId)
            .map((prior) => ({ type: 'RecognisePriorQualification', id: `${prior.personId}:${prior.recordId}`, payload: { ...prior } })),
        ]),
        [{ type: 'DefineCapacityRubric', id: year.rubric.rubricId, payload: { ...year.rubric } }, ...year.assessments.flatMap(assessmentCommands)],
      ],
    },
    { name: 'training materials and models', groups: [...year.materials.map(materialCommands), ...year.models.map(modelCommands)] },
    { name: 'training of trainers', groups: year.courses.filter(isToT).map(courseCommands) },
    { name: 'commune courses', groups: year.courses.filter((course) => !isToT(course)).map(courseCommands) },
  ];
}

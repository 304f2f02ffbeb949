import {
  capacityAssessmentIdOf,
  DEFAULT_MINIMUM_ATTENDANCE_SHARE,
  holdsValidTrainerQualification,
  passesCourse,
  type QualificationRecord,
  validUntilOfGrant,
} from '@tn/training-contracts';
import type { DemoDataset } from './demo-dataset';
import { CURRICULUM_TOT, type DemoCourse, type TrainingYear } from './demo-training';

/**
 * Sanity checks of the demo's training year against the demo dataset, run by the loader before it
 * sends anything: what the training service would refuse (a learner enrolled for a unit they are
 * not in, a trainer with no valid trainer qualification on the course's dates, a session outside
 * its course) is caught here with a plain message. Pure; messages name ids, never personal data.
 * `today` (YYYY-MM-DD), when given, must not come before anything the year says happened.
 */
export function checkTraining(year: TrainingYear, dataset: DemoDataset, today?: string): string[] {
  const problems: string[] = [];
  const problem = (message: string) => problems.push(message);
  const unitIds = new Set([
    ...dataset.units.map((unit) => unit.unitId),
    ...dataset.merges.flatMap((merge) => ('newUnitId' in merge.successor ? [merge.successor.newUnitId] : [])),
  ]);
  const requireUnit = (unitId: string, where: string) => unitIds.has(unitId) || problem(`${where}: unknown unit ${unitId}`);
  const requireDemoId = (id: string, where: string) => id.startsWith('demo-') || problem(`${where}: id ${id} does not start with "demo-"`);

  const curriculumIds = new Set(year.curricula.map((curriculum) => curriculum.curriculumId));
  const requireCurriculum = (curriculumId: string, where: string) => curriculumIds.has(curriculumId) || problem(`${where}: unknown curriculum ${curriculumId}`);
  for (const item of [...year.curricula, ...year.materials, ...year.models, ...year.kinds, year.rubric]) requireUnit(item.ownerUnitId, 'training catalogue');
  for (const curriculum of year.curricula) requireDemoId(curriculum.curriculumId, 'curricula');
  for (const material of year.materials) {
    requireDemoId(material.materialId, 'materials');
    if (material.curriculumId) requireCurriculum(material.curriculumId, `material ${material.materialId}`);
    material.versions.forEach((file, index) => file.version === index + 1 || problem(`material ${material.materialId}: versions are not 1, 2, 3…`));
  }
  for (const model of year.models) {
    requireDemoId(model.modelId, 'models');
    requireCurriculum(model.curriculumId, `model ${model.modelId}`);
  }
  for (const kind of year.kinds) {
    requireDemoId(kind.kindId, 'kinds');
    for (const curriculumId of [...kind.grantingCurriculumIds, ...kind.renewingCurriculumIds]) requireCurriculum(curriculumId, `kind ${kind.kindId}`);
  }

  const people = peopleOf(dataset);
  for (const prior of year.priorQualifications) {
    if (people.kindOf(prior.personId) !== prior.personKind) problem(`prior qualification ${prior.recordId}: no ${prior.personKind} ${prior.personId}`);
    if (today !== undefined && prior.grantedOn > today) problem(`prior qualification ${prior.recordId} is granted after today (${today})`);
  }
  const courseIds = new Set<string>();
  for (const course of year.courses) {
    const where = `course ${course.courseId}`;
    requireDemoId(course.courseId, 'courses');
    if (courseIds.has(course.courseId)) problem(`${where} is planned twice`);
    courseIds.add(course.courseId);
    requireUnit(course.runningUnitId, where);
    requireCurriculum(course.curriculumId, where);
    for (const { materialId, version } of course.materials) {
      const material = year.materials.find((candidate) => candidate.materialId === materialId);
      if (!material?.versions.some((file) => file.version === version)) problem(`${where}: no version ${version} of material ${materialId}`);
    }
    problems.push(...courseProblems(course, people, where, today));
  }
  problems.push(...trainerProblems(year));

  for (const assessment of year.assessments) {
    const where = `assessment ${assessment.assessmentId}`;
    if (assessment.assessmentId !== capacityAssessmentIdOf(assessment.rubricId, assessment.subject.id, assessment.period)) {
      problem(`${where}: the id is not rubric:subject:period`);
    }
    if (assessment.rubricId !== year.rubric.rubricId) problem(`${where}: unknown rubric ${assessment.rubricId}`);
    requireUnit(assessment.subject.unitId, where);
    const scored = assessment.scores.map((score) => score.criterionId).sort();
    const criteria = year.rubric.criteria.map((criterion) => criterion.criterionId).sort();
    if (scored.join() !== criteria.join()) problem(`${where}: every criterion of the rubric is scored exactly once`);
    const { min, max } = year.rubric.scale;
    if (assessment.scores.some(({ score }) => score < min || score > max)) problem(`${where}: a score is outside the scale ${min}..${max}`);
  }
  return problems;
}

/** Who passed a course and who did not, by the platform's own pass rule. */
export function courseOutcome(course: DemoCourse): { passed: string[]; notPassed: string[] } {
  const scheduledHours = course.sessions.reduce((total, session) => total + session.hours, 0);
  const rule = { passMark: course.passMark, minimumAttendanceShare: course.minimumAttendanceShare ?? DEFAULT_MINIMUM_ATTENDANCE_SHARE, scheduledHours };
  const attended = (absentFrom: string[] = []) =>
    course.sessions.filter((session) => !absentFrom.includes(session.sessionId)).reduce((total, session) => total + session.hours, 0);
  const passes = course.learners.map((learner) => ({
    personId: learner.personId,
    passed: passesCourse({ score: learner.score, attendedHours: attended(learner.absentFrom) }, rule),
  }));
  return {
    passed: passes.filter((entry) => entry.passed).map((entry) => entry.personId),
    notPassed: passes.filter((entry) => !entry.passed).map((entry) => entry.personId),
  };
}

function courseProblems(course: DemoCourse, people: People, where: string, today: string | undefined): string[] {
  const problems: string[] = [];
  const problem = (message: string) => problems.push(message);
  if (course.endsOn < course.startsOn) problem(`${where} ends before it starts`);
  const sessionIds = new Set(course.sessions.map((session) => session.sessionId));
  if (sessionIds.size !== course.sessions.length) problem(`${where}: a session id is used twice`);
  for (const session of course.sessions) {
    if (session.date < course.startsOn || session.date > course.endsOn) problem(`${where}: session ${session.sessionId} is outside the course's dates`);
  }
  const lastSession = course.sessions.reduce((last, session) => (session.date > last ? session.date : last), '');
  if (course.completedOn < lastSession) problem(`${where} is completed before its last session`);
  if (today !== undefined && course.completedOn > today) problem(`${where} is completed on ${course.completedOn}, after today (${today})`);
  for (const trainerId of course.trainerIds) if (people.kindOf(trainerId) === undefined) problem(`${where}: unknown trainer ${trainerId}`);
  for (const learner of course.learners) {
    if (people.kindOf(learner.personId) !== learner.personKind) problem(`${where}: no ${learner.personKind} ${learner.personId}`);
    else if (!people.unitsOn(learner.personId, course.startsOn).includes(learner.unitId)) {
      problem(`${where}: ${learner.personId} is not in unit ${learner.unitId} on ${course.startsOn}`);
    }
    if (course.trainerIds.includes(learner.personId)) problem(`${where}: ${learner.personId} both teaches and learns`);
    if (learner.score < 0 || learner.score > 100) problem(`${where}: the score of ${learner.personId} is outside 0..100`);
    for (const sessionId of learner.absentFrom ?? [])
      if (!sessionIds.has(sessionId)) problem(`${where}: ${learner.personId} misses unknown session ${sessionId}`);
  }
  return problems;
}

/**
 * Every trainer holds a valid trainer qualification on each day of their course, as the platform
 * checks when the course is planned: from a prior recognition, or (for a course after the ToT
 * phase) from passing a ToT course. Renewals by leading only lengthen what is checked here.
 */
function trainerProblems(year: TrainingYear): string[] {
  const trainerKinds = year.kinds.filter((kind) => kind.isTrainerQualification);
  const terms = trainerKinds.map(({ kindId }) => ({ kindId, isTrainerQualification: true }));
  const priorRecords = year.priorQualifications.flatMap((prior) => {
    const kind = trainerKinds.find((candidate) => candidate.kindId === prior.kindId);
    return kind ? [{ personId: prior.personId, ...recordOf(prior.recordId, kind.kindId, prior.grantedOn, kind.validityYears) }] : [];
  });
  const totRecords = year.courses
    .filter((course) => course.curriculumId === CURRICULUM_TOT)
    .flatMap((course) =>
      trainerKinds
        .filter((kind) => kind.grantingCurriculumIds.includes(course.curriculumId))
        .flatMap((kind) =>
          courseOutcome(course).passed.map((personId) => ({
            personId,
            ...recordOf(`${kind.kindId}:${course.courseId}`, kind.kindId, course.completedOn, kind.validityYears),
          })),
        ),
    );
  return year.courses.flatMap((course) => {
    const records = course.curriculumId === CURRICULUM_TOT ? priorRecords : [...priorRecords, ...totRecords];
    return course.trainerIds
      .filter(
        (trainerId) =>
          !holdsValidTrainerQualification(
            records.filter((record) => record.personId === trainerId),
            terms,
            course.startsOn,
            course.endsOn,
          ),
      )
      .map((trainerId) => `course ${course.courseId}: trainer ${trainerId} holds no valid trainer qualification from ${course.startsOn} to ${course.endsOn}`);
  });
}

const recordOf = (recordId: string, kindId: string, grantedOn: string, validityYears: number): QualificationRecord => ({
  recordId,
  kindId,
  grantedOn,
  validUntil: validUntilOfGrant(grantedOn, validityYears),
  renewalWindowMonths: 0,
});

interface People {
  kindOf(personId: string): 'cadre' | 'volunteer' | undefined;
  /** A cadre's units on a date (their open positions), a volunteer's home unit. */
  unitsOn(personId: string, date: string): string[];
}

function peopleOf(dataset: DemoDataset): People {
  const cadreIds = new Set(dataset.cadres.map((cadre) => cadre.cadreId));
  const volunteers = new Map(dataset.volunteers.map((volunteer) => [volunteer.volunteerId, volunteer]));
  const cadreUnitsOn = (cadreId: string, date: string) => {
    const open = new Map<string, string>();
    for (const step of dataset.cadreSteps.filter((candidate) => candidate.cadreId === cadreId)) {
      if (step.type === 'AppointCadre' && step.termStart <= date && (step.termEnd === undefined || date <= step.termEnd))
        open.set(step.positionId, step.unitId);
      if (step.type === 'TransferCadre' && step.effectiveFrom <= date && open.has(step.positionId)) open.set(step.positionId, step.toUnitId);
      if (step.type === 'EndCadreTerm' && step.endedOn < date) open.delete(step.positionId);
    }
    return [...open.values()];
  };
  const homeUnitOn = (volunteerId: string, date: string) => {
    const changes = dataset.homeUnitChanges.filter((change) => change.volunteerId === volunteerId && change.effectiveFrom <= date);
    return changes.at(-1)?.homeUnitId ?? volunteers.get(volunteerId)?.homeUnitId;
  };
  return {
    kindOf: (personId) => (cadreIds.has(personId) ? 'cadre' : volunteers.has(personId) ? 'volunteer' : undefined),
    unitsOn: (personId, date) => (cadreIds.has(personId) ? cadreUnitsOn(personId, date) : [homeUnitOn(personId, date) ?? []].flat()),
  };
}

import { qualificationStatusOn, validUntilOfGrant } from '@tn/training-contracts';
import { checkDataset } from './check-dataset';
import { checkTraining, courseOutcome } from './check-training';
import { campaignDemoCommands } from './demo-campaigns';
import { cadreSteps, demoDataset } from './demo-dataset';
import { CURRICULUM_TOT, KIND_COORDINATION, MODEL_IN_USE, PROVINCE_TRAINER, TRAINING_STORY_DATE, trainingDemoPhases, trainingYear } from './demo-training';

/** The element at `index`, or a failed test when there is none. */
function nth<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no element ${index}`);
  return item;
}

/** A copy of the training year to break in one place. */
const copyOfYear = (): typeof trainingYear => structuredClone(trainingYear);
const communeCourses = trainingYear.courses.filter((course) => course.curriculumId !== CURRICULUM_TOT);
const totCourse = nth(
  trainingYear.courses.filter((course) => course.curriculumId === CURRICULUM_TOT),
  0,
);
const coordinationKind = nth(
  trainingYear.kinds.filter((kind) => kind.kindId === KIND_COORDINATION),
  0,
);

describe('the demo training year', () => {
  it('passes its checks against the demo dataset as of the story date, and the dataset its own', () => {
    expect(checkTraining(trainingYear, demoDataset, TRAINING_STORY_DATE)).toEqual([]);
    expect(checkDataset(demoDataset)).toEqual([]);
  });

  it('is led from the recognised province trainer through the ToT graduates to the commune courses', () => {
    expect(totCourse.trainerIds).toEqual([PROVINCE_TRAINER]);
    expect(trainingYear.priorQualifications.map((prior) => prior.personId)).toEqual([PROVINCE_TRAINER]);
    expect(communeCourses.flatMap((course) => course.trainerIds).sort()).toEqual(courseOutcome(totCourse).passed.sort());
  });

  it('has exactly one learner who does not pass', () => {
    expect(trainingYear.courses.flatMap((course) => courseOutcome(course).notPassed)).toEqual(['demo-tnv-10']);
  });

  it("leaves the 2025 commune course's coordination records expired on the story date and the 2026 ones valid", () => {
    const statusOf = (completedOn: string) =>
      qualificationStatusOn(
        {
          recordId: 'r',
          kindId: KIND_COORDINATION,
          grantedOn: completedOn,
          validUntil: validUntilOfGrant(completedOn, coordinationKind.validityYears),
          renewalWindowMonths: coordinationKind.renewalWindowMonths,
        },
        TRAINING_STORY_DATE,
      );
    expect(communeCourses.map((course) => [course.completedOn.slice(0, 4), statusOf(course.completedOn)])).toEqual([
      ['2025', 'expired-renewable'],
      ['2026', 'valid'],
      ['2026', 'valid'],
    ]);
  });

  it('teaches cadres dedicated to volunteer work in the commune courses', () => {
    const learnerCadres = communeCourses.flatMap((course) =>
      course.learners.filter((learner) => learner.personKind === 'cadre').map((learner) => learner.personId),
    );
    const dedicated = cadreSteps.filter((step) => step.type === 'AppointCadre' && step.dedicatedToVolunteerWork && learnerCadres.includes(step.cadreId));
    expect(dedicated.map((step) => step.cadreId).sort()).toEqual(['demo-cb-09', 'demo-cb-10']);
  });

  it('names only the published model in the campaigns, a model the training year publishes', () => {
    const named = campaignDemoCommands().filter((command) => JSON.stringify(command.payload).includes('coordinationModelId'));
    expect(named.map((command) => command.type)).toEqual(['LaunchCampaign', 'ProposeActivity']);
    expect(JSON.stringify(named.map((command) => command.payload))).not.toContain('demo-mh-doi-hinh-tu-quan');
    expect(trainingYear.models.find((model) => model.modelId === MODEL_IN_USE)?.retiredFor).toBeUndefined();
    const published = trainingDemoPhases()
      .flatMap((phase) => phase.groups.flat())
      .filter((command) => command.type === 'PublishCoordinationModel');
    expect(published.map((command) => command.id)).toContain(MODEL_IN_USE);
  });

  it('plans every course to wait for its trainers to be recorded as qualified', () => {
    const plans = trainingDemoPhases()
      .flatMap((phase) => phase.groups.flat())
      .filter((command) => command.type === 'PlanCourse');
    expect(plans).toHaveLength(trainingYear.courses.length);
    for (const plan of plans) expect(plan.awaits).toEqual(['COURSE.TRAINER_NOT_QUALIFIED']);
  });
});

describe('checkTraining', () => {
  it('reports a learner enrolled for a unit they are not in', () => {
    const year = copyOfYear();
    nth(nth(year.courses, 1).learners, 0).unitId = 'demo-phuong-sa-pa';
    expect(checkTraining(year, demoDataset)).toEqual([`course ${nth(year.courses, 1).courseId}: demo-cb-04 is not in unit demo-phuong-sa-pa on 2025-10-13`]);
  });

  it('reports a trainer with no valid trainer qualification on the course dates', () => {
    const year = copyOfYear();
    nth(year.courses, 2).trainerIds = ['demo-cb-02'];
    expect(checkTraining(year, demoDataset)).toEqual([
      `course ${nth(year.courses, 2).courseId}: trainer demo-cb-02 holds no valid trainer qualification from 2026-04-06 to 2026-04-08`,
    ]);
  });

  it('reports a recognised trainer whose qualification has run out by the course', () => {
    const year = copyOfYear();
    nth(year.priorQualifications, 0).grantedOn = '2022-08-12';
    expect(checkTraining(year, demoDataset)).toEqual([
      `course ${totCourse.courseId}: trainer ${PROVINCE_TRAINER} holds no valid trainer qualification from 2025-08-11 to 2025-08-14`,
    ]);
  });

  it('reports a session outside its course, and a completion before that session', () => {
    const year = copyOfYear();
    const course = nth(year.courses, 3);
    nth(course.sessions, 2).date = '2026-09-18';
    expect(checkTraining(year, demoDataset)).toEqual([
      `course ${course.courseId}: session buoi-3 is outside the course's dates`,
      `course ${course.courseId} is completed before its last session`,
    ]);
  });

  it('reports a course completed after the day the demo is loaded', () => {
    expect(checkTraining(trainingYear, demoDataset, '2026-09-15')).toEqual([
      `course ${nth(trainingYear.courses, 3).courseId} is completed on 2026-09-16, after today (2026-09-15)`,
    ]);
  });

  it('reports an assessment that leaves a criterion unscored', () => {
    const year = copyOfYear();
    nth(year.assessments, 0).scores.pop();
    expect(checkTraining(year, demoDataset)).toEqual([
      `assessment ${nth(year.assessments, 0).assessmentId}: every criterion of the rubric is scored exactly once`,
    ]);
  });
});

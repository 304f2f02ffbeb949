import { DomainError } from '@tn/shared-decider';
import type { EventEnvelope } from '@tn/shared-event-contracts';
import { courseStreamId, traineeStreamId } from '@tn/training-domain';
import { coursePlan, seededWorld, TODAY, trainingWorld } from '../write.test-fixtures';
import { CourseCompletionHandler } from './course-completion-handler';
import { courseOutcomeCommandId } from './course-outcomes';

type World = Awaited<ReturnType<typeof seededWorld>>;

const basicFor = (personId: string) => ({
  personId,
  personKind: 'cadre',
  kindId: 'basic',
  recordId: `basic-${personId}`,
  grantedOn: '2025-09-01',
  evidence: 'Giấy chứng nhận bồi dưỡng cơ bản',
});

/** The seeded course taught by trainer-1, held on 6 April: learner-1 passes (90), learner-2 does not (40). */
async function completedCourse(world: World): Promise<EventEnvelope> {
  await world.send('PlanCourse', coursePlan());
  await world.send('ScheduleCourseSession', { courseId: 'course-1', sessionId: 'day-1', date: '2026-04-06', hours: 4, place: 'Nhà văn hoá xã Tả Van' });
  for (const learner of ['learner-1', 'learner-2']) {
    await world.send('RecognisePriorQualification', basicFor(learner));
    await world.send('RequestEnrolment', { courseId: 'course-1', personId: learner, personKind: 'cadre', unitId: 'ta-van', abroad: false });
    await world.send('ApproveEnrolment', { courseId: 'course-1', personId: learner });
  }
  await world.send('RecordSessionAttendance', { courseId: 'course-1', sessionId: 'day-1', presentPersonIds: ['learner-1', 'learner-2'] });
  await world.send('RecordAssessment', { courseId: 'course-1', personId: 'learner-1', score: 90 });
  await world.send('RecordAssessment', { courseId: 'course-1', personId: 'learner-2', score: 40 });
  await world.send('CompleteCourse', { courseId: 'course-1', completedOn: TODAY });
  const completed = world.store.eventsOf(courseStreamId('course-1')).at(-1);
  if (completed?.type !== 'CourseCompleted') throw new Error('the course did not complete');
  return completed;
}

const kindsHeld = (world: World, personId: string) => world.store.eventsOf(traineeStreamId(personId)).map((event) => [event.type, event.data['kindId']]);

describe('course completion handler', () => {
  it('grants the kind the curriculum grants to who passed, and renews the trainer by leading', async () => {
    const world = await seededWorld();
    const completed = await completedCourse(world);
    const handler = new CourseCompletionHandler(world.lookups, world.runner);
    expect(await handler.handle(completed)).toEqual({ stored: 2, unchanged: 0, refused: 0 });
    expect(kindsHeld(world, 'learner-1')).toEqual([
      ['PriorQualificationRecognised', 'basic'],
      ['QualificationGranted', 'coordination'],
    ]);
    expect(kindsHeld(world, 'learner-2')).toEqual([['PriorQualificationRecognised', 'basic']]);
    expect(kindsHeld(world, 'trainer-1')).toEqual([
      ['PriorQualificationRecognised', 'tot'],
      ['QualificationRenewed', 'tot'],
    ]);
    expect(world.store.eventsOf(traineeStreamId('learner-1')).at(-1)).toMatchObject({ data: { courseId: 'course-1', recordId: 'coordination:course-1' } });
  });

  it('stores nothing when the same completion is handled again', async () => {
    const world = await seededWorld();
    const completed = await completedCourse(world);
    const handler = new CourseCompletionHandler(world.lookups, world.runner);
    await handler.handle(completed);
    const before = world.store.all().length;
    expect(await handler.handle(completed)).toEqual({ stored: 0, unchanged: 2, refused: 0 });
    expect(world.store.all()).toHaveLength(before);
  });

  it('sends each command under the id of its course, person, kind and type', async () => {
    const world = await seededWorld();
    const completed = await completedCourse(world);
    const sent: string[] = [];
    const handler = new CourseCompletionHandler(world.lookups, {
      run: async (command) => {
        sent.push(command.commandId);
        return { events: [], duplicate: false };
      },
    });
    await handler.handle(completed);
    expect(sent).toEqual([
      courseOutcomeCommandId('RecordCourseCompletion', 'course-1', 'learner-1', 'coordination'),
      courseOutcomeCommandId('RecordCourseLed', 'course-1', 'trainer-1', 'tot'),
    ]);
  });

  it('skips a command refused for a business reason and goes on with the others', async () => {
    const world = await seededWorld();
    const completed = await completedCourse(world);
    const refusing = new CourseCompletionHandler(world.lookups, {
      run: async (command) => {
        if (command.type === 'RecordCourseCompletion') throw new DomainError('validation', 'QUALIFICATION.DATE_AFTER_TODAY', 'after today', 'completedOn');
        return { events: [{}], duplicate: false };
      },
    });
    expect(await refusing.handle(completed)).toEqual({ stored: 1, unchanged: 0, refused: 1 });
  });

  it('throws a store failure and a conflict, so the completion is handled again', async () => {
    const world = await seededWorld();
    const completed = await completedCourse(world);
    const failing = (error: Error) => new CourseCompletionHandler(world.lookups, { run: () => Promise.reject(error) });
    await expect(failing(new Error('connection reset')).handle(completed)).rejects.toThrow('connection reset');
    await expect(failing(new DomainError('concurrency', 'STREAM.CONCURRENCY_CONFLICT', 'kept changing')).handle(completed)).rejects.toThrow('kept changing');
  });

  it('ignores every other event', async () => {
    const world = trainingWorld();
    const handler = new CourseCompletionHandler(world.lookups, { run: () => Promise.reject(new Error('not expected')) });
    expect(await handler.handle({ type: 'CoursePlanned', data: {} } as EventEnvelope)).toEqual({ stored: 0, unchanged: 0, refused: 0 });
  });
});

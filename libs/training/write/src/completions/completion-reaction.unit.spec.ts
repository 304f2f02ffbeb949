import { DomainError } from '@tn/shared-decider';
import type { EventEnvelope } from '@tn/shared-event-contracts';
import { type CommandRoute, EventReactor, type ReactorDeps, type TopicProgress } from '@tn/shared-event-sourcing-nest';
import { courseStreamId, traineeStreamId } from '@tn/training-domain';
import { coursePlan, seededWorld, TODAY } from '../write.test-fixtures';
import { courseCompletionReaction } from './completion-reaction';
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

const kindsCaughtUp = { waitUntilPastNow: jest.fn(async () => true) };

const reactionOf = (world: World, kindsProgress: Pick<TopicProgress, 'waitUntilPastNow'> = kindsCaughtUp) =>
  courseCompletionReaction({ topic: 'training.events', topicPrefix: 'test.', kindsGroupId: 'test.kinds', kindsProgress, lookups: world.lookups });

/** The completion reaction run by the shared reactor, without Kafka: `handle` is what each consumed completion gets. */
function completionReactor(world: World, routes: readonly CommandRoute[] = world.routes): EventReactor {
  const deps = { store: world.store, routes, kafka: { kafka: {} }, indicators: { register: () => undefined } } as unknown as ReactorDeps;
  return new EventReactor(reactionOf(world), deps);
}

const kindsHeld = (world: World, personId: string) => world.store.eventsOf(traineeStreamId(personId)).map((event) => [event.type, event.data['kindId']]);

describe('course completion reaction', () => {
  it('keeps the name, consumer group and event of the deployed completion reactor', () => {
    const reaction = courseCompletionReaction({ topic: 't', topicPrefix: 'test.', kindsGroupId: 'k', kindsProgress: kindsCaughtUp, lookups: {} as never });
    expect(reaction).toMatchObject({ name: 'training-completions', groupId: 'test.training-completions-v1', eventTypes: ['CourseCompleted'] });
  });

  it('grants the kind the curriculum grants to who passed, and renews the trainer by leading, as the service itself', async () => {
    const world = await seededWorld();
    const completed = await completedCourse(world);
    expect(await completionReactor(world).handle(completed)).toEqual({ stored: 2, refused: 0 });
    expect(kindsHeld(world, 'learner-1')).toEqual([
      ['PriorQualificationRecognised', 'basic'],
      ['QualificationGranted', 'coordination'],
    ]);
    expect(kindsHeld(world, 'learner-2')).toEqual([['PriorQualificationRecognised', 'basic']]);
    expect(kindsHeld(world, 'trainer-1')).toEqual([
      ['PriorQualificationRecognised', 'tot'],
      ['QualificationRenewed', 'tot'],
    ]);
    expect(world.store.eventsOf(traineeStreamId('learner-1')).at(-1)).toMatchObject({
      data: { courseId: 'course-1', recordId: 'coordination:course-1' },
      actor: { kind: 'system', id: 'training-completions' },
      causationId: completed.eventId,
    });
  });

  it('stores nothing when the same completion is handled again', async () => {
    const world = await seededWorld();
    const completed = await completedCourse(world);
    const reactor = completionReactor(world);
    await reactor.handle(completed);
    const before = world.store.all().length;
    expect(await reactor.handle(completed)).toEqual({ stored: 0, refused: 0 });
    expect(world.store.all()).toHaveLength(before);
  });

  it('gives each command the id of its course, person, kind and type, once the kinds projection has caught up', async () => {
    const world = await seededWorld();
    const completed = await completedCourse(world);
    const commands = await reactionOf(world).react(completed);
    expect(commands.map((command) => command.commandId)).toEqual([
      courseOutcomeCommandId('RecordCourseCompletion', 'course-1', 'learner-1', 'coordination'),
      courseOutcomeCommandId('RecordCourseLed', 'course-1', 'trainer-1', 'tot'),
    ]);
    expect(kindsCaughtUp.waitUntilPastNow).toHaveBeenCalledWith('test.kinds', expect.any(Number));
  });

  it('throws while the kinds projection lags behind, so the completion is handled again', async () => {
    const world = await seededWorld();
    const completed = await completedCourse(world);
    const lagging = { waitUntilPastNow: async () => false };
    await expect(reactionOf(world, lagging).react(completed)).rejects.toThrow('the qualification kinds projection has not caught up yet');
  });

  it('skips a learner’s grant refused for a business reason and goes on with the others', async () => {
    const world = await seededWorld();
    const completed = await completedCourse(world);
    const refusingGrants = world.routes.map((route) =>
      route.definition.type === 'RecordCourseCompletion'
        ? {
            ...route,
            toCommand: () => {
              throw new DomainError('validation', 'QUALIFICATION.DATE_AFTER_TODAY', 'after today', 'completedOn');
            },
          }
        : route,
    );
    expect(await completionReactor(world, refusingGrants).handle(completed)).toEqual({ stored: 1, refused: 1 });
    expect(kindsHeld(world, 'trainer-1').at(-1)).toEqual(['QualificationRenewed', 'tot']);
  });
});

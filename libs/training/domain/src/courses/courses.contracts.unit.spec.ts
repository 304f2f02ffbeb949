import { checkMessage, EventTypeRegistry } from '@tn/shared-event-contracts';
import { courseCommandTypes, courseEventTypes } from '@tn/training-contracts';
import type { CourseCommand } from './course.commands';
import { acting, approve, assess, attendance, complete, enrol, plan, request, run, session, threeSessions, withdraw } from './course.test-fixtures';

/** Two courses, one completed and one cancelled, between them every course command. */
const completedRun: CourseCommand[] = [
  plan,
  ...threeSessions,
  session('s-4', '2026-04-09', 2),
  { type: 'CancelCourseSession', courseId: 'c-1', sessionId: 's-4', reason: 'mưa lũ', ...acting },
  { type: 'AssignCourseTrainer', courseId: 'c-1', personId: 't-3', trainer: { personId: 't-3', holdsValidTrainerQualification: true }, ...acting },
  { type: 'RemoveCourseTrainer', courseId: 'c-1', personId: 't-3', reason: 'ốm', ...acting },
  ...enrol('p-1', 'p-2', 'p-3', 'p-4'),
  request('p-5'),
  { type: 'DeclineEnrolment', courseId: 'c-1', personId: 'p-5', reason: 'chưa đúng đối tượng', ...acting },
  withdraw('p-3', 'chuyển công tác'),
  ...['s-1', 's-2', 's-3'].map((sessionId) => attendance(sessionId, ['p-1', 'p-2', 'p-4'])),
  assess('p-1', 90),
  assess('p-2', 40),
  assess('p-4', 75),
  complete(),
];
const cancelledRun: CourseCommand[] = [
  { ...plan, courseId: 'c-2', mode: 'online', waitlist: false, materials: [], materialVersions: [] },
  { ...request('p-1', { abroad: true, personKind: 'volunteer' }), courseId: 'c-2' },
  { ...approve('p-1'), courseId: 'c-2' },
  { type: 'CancelCourse', courseId: 'c-2', reason: 'không đủ học viên', ...acting },
];
const events = [...run([], completedRun), ...run([], cancelledRun)];

/** What the route adds to a payload before deciding: the server's date, the actor, the looked-up facts. */
const ADDED_BY_THE_ROUTE = ['type', 'today', 'actorId', 'curriculum', 'materialVersions', 'trainers', 'trainer', 'missingPrerequisiteKindIds'];
function definitionOf(type: string) {
  const definition = courseCommandTypes.find((candidate) => candidate.type === type);
  if (!definition) throw new Error(`no contract for ${type}`);
  return definition;
}
const payloadOf = (command: CourseCommand) => Object.fromEntries(Object.entries(command).filter(([key]) => !ADDED_BY_THE_ROUTE.includes(key)));

describe('course events and commands against their contracts', () => {
  const registry = new EventTypeRegistry(courseEventTypes);

  it('decides every contracted course event type', () => {
    const produced = new Set(events.map((event) => event.type));
    expect(courseEventTypes.map((definition) => definition.type).filter((type) => !produced.has(type))).toEqual([]);
  });

  it('writes only events whose data match their contract', () => {
    const problems = events.flatMap((event) => {
      try {
        registry.assertValid(event.type, event.data);
        return [];
      } catch (error) {
        return [(error as Error).message];
      }
    });
    expect(problems).toEqual([]);
  });

  it('decides commands whose payloads (without what the route adds) match their contract, every command type among them', () => {
    const commands = [...completedRun, ...cancelledRun];
    const problems = commands.flatMap((command) => {
      return checkMessage(definitionOf(command.type).payload, payloadOf(command)).map((problem) => `${command.type}.${problem.field}: ${problem.problem}`);
    });
    expect(problems).toEqual([]);
    const used = new Set(commands.map((command) => command.type));
    expect(courseCommandTypes.map((definition) => definition.type).filter((type) => !used.has(type))).toEqual([]);
  });

  it('acts on the course stream named by each payload', () => {
    const streams = [...completedRun, ...cancelledRun].map((command) => definitionOf(command.type).streamId(payloadOf(command) as never));
    expect([...new Set(streams)]).toEqual(['course-c-1', 'course-c-2']);
  });
});

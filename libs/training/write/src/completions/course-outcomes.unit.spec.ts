import { isEntityId } from '@tn/shared-event-contracts';
import type { CourseCompleted } from '@tn/training-contracts';
import { courseOutcomeCommandId, learnerOutcomes, trainerOutcomes } from './course-outcomes';

const completed = {
  courseId: 'course-1',
  curriculumId: 'cur-coordination',
  runningUnitId: 'ta-van',
  completedOn: '2026-04-10',
  trainerIds: ['trainer-1', 'trainer-2'],
  scheduledHours: 8,
  passed: [
    { personId: 'learner-1', personKind: 'cadre', unitId: 'ta-van', score: 90, attendedHours: 8 },
    { personId: 'learner-2', personKind: 'volunteer', unitId: 'ta-van', score: 75, attendedHours: 8 },
  ],
  notPassed: [{ personId: 'learner-3', personKind: 'cadre', unitId: 'ta-van', score: 20, attendedHours: 8 }],
  completedBy: 'manager-1',
} as CourseCompleted;

describe('course outcomes', () => {
  it('derives one id per command type, course, person and kind, valid as a command id however long the ids', () => {
    const id = courseOutcomeCommandId('RecordCourseCompletion', 'course-1', 'learner-1', 'coordination');
    expect(courseOutcomeCommandId('RecordCourseCompletion', 'course-1', 'learner-1', 'coordination')).toBe(id);
    expect(
      new Set([
        id,
        courseOutcomeCommandId('RecordCourseCompletion', 'course-1', 'learner-2', 'coordination'),
        courseOutcomeCommandId('RecordCourseCompletion', 'course-1', 'learner-1', 'tot'),
        courseOutcomeCommandId('RecordCourseCompletion', 'course-2', 'learner-1', 'coordination'),
        courseOutcomeCommandId('RecordCourseLed', 'course-1', 'learner-1', 'coordination'),
      ]).size,
    ).toBe(5);
    expect(isEntityId(courseOutcomeCommandId('RecordCourseLed', 'c'.repeat(128), 'p'.repeat(128), 'k'.repeat(128)))).toBe(true);
  });

  it('gives every learner who passed a completion per kind, with their kind of person, and nothing to who did not', () => {
    const outcomes = learnerOutcomes(completed, ['coordination', 'first-aid']);
    expect(outcomes.map(({ type, payload }) => [type, payload.personId, payload.kindId, payload.personKind])).toEqual([
      ['RecordCourseCompletion', 'learner-1', 'coordination', 'cadre'],
      ['RecordCourseCompletion', 'learner-1', 'first-aid', 'cadre'],
      ['RecordCourseCompletion', 'learner-2', 'coordination', 'volunteer'],
      ['RecordCourseCompletion', 'learner-2', 'first-aid', 'volunteer'],
    ]);
    expect(outcomes[0]?.payload).toEqual({
      personId: 'learner-1',
      personKind: 'cadre',
      kindId: 'coordination',
      courseId: 'course-1',
      curriculumId: 'cur-coordination',
      completedOn: '2026-04-10',
    });
  });

  it('renews by leading only the kinds a trainer holds a record of', () => {
    const trainers = [
      { personId: 'trainer-1', records: [{ kindId: 'tot', personKind: 'cadre' as const }] },
      { personId: 'trainer-2', records: [{ kindId: 'basic', personKind: 'cadre' as const }] },
    ];
    expect(trainerOutcomes(completed, trainers, ['tot'])).toEqual([
      {
        commandId: courseOutcomeCommandId('RecordCourseLed', 'course-1', 'trainer-1', 'tot'),
        type: 'RecordCourseLed',
        payload: { personId: 'trainer-1', personKind: 'cadre', kindId: 'tot', courseId: 'course-1', completedOn: '2026-04-10' },
      },
    ]);
  });
});

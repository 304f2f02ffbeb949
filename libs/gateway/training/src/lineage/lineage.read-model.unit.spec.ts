import { projected, streamOf } from '../courses/in-memory-projector.test-fixtures';
import { type LineageDoc, lineageProjection } from './lineage.read-model';
import { coursesLedBy, trainedByOf } from './lineage-walk';

const learner = (personId: string) => ({ personId, personKind: 'cadre', unitId: 'commune-a', score: 80, attendedHours: 8 });
const completed = (courseId: string, trainerIds: string[], passed: string[], notPassed: string[] = []) => ({
  courseId,
  curriculumId: 'cur',
  runningUnitId: 'province',
  completedOn: '2026-06-30',
  trainerIds,
  scheduledHours: 8,
  passed: passed.map(learner),
  notPassed: notPassed.map(learner),
  completedBy: 'acc-1',
});

describe('lineage read model', () => {
  it('gives everyone who passed the course its trainers, and each trainer the course they led; not those who failed', () => {
    const course = streamOf('course-c1');
    const docs = projected(lineageProjection, [course('CourseCompleted', completed('c1', ['t1', 't2'], ['p1', 'p2'], ['p3']))]);
    expect([...docs.keys()].sort()).toEqual(['p1', 'p2', 't1', 't2']);
    const p1 = docs.get('p1') as unknown as LineageDoc;
    expect(trainedByOf('p1', p1)).toEqual([
      { trainerId: 't1', courseId: 'c1', completedOn: '2026-06-30' },
      { trainerId: 't2', courseId: 'c1', completedOn: '2026-06-30' },
    ]);
    expect(p1.trainerIds).toEqual(['t1', 't2']);
    const t1 = docs.get('t1') as unknown as LineageDoc;
    expect([trainedByOf('t1', t1), coursesLedBy('t1', t1)]).toEqual([[], 1]);
  });

  it('keeps each course once however often its completion is delivered, and a person who learned and later led keeps both roles', () => {
    const tot = streamOf('course-tot');
    const commune = streamOf('course-c2');
    const totDone = tot('CourseCompleted', completed('tot', ['master'], ['t1']));
    const communeDone = commune('CourseCompleted', { ...completed('c2', ['t1'], ['p1']), completedOn: '2026-09-30' });
    const docs = projected(lineageProjection, [totDone, communeDone, totDone, communeDone]);
    const t1 = docs.get('t1') as unknown as LineageDoc;
    expect(t1.courses.map((course) => course.courseId)).toEqual(['tot', 'c2']);
    expect([trainedByOf('t1', t1).map((link) => link.trainerId), coursesLedBy('t1', t1)]).toEqual([['master'], 1]);
    expect(t1.trainerIds).toEqual(['master', 't1']);
  });
});

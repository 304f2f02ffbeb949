import { capacityAssessmentIdOf } from '@tn/training-contracts';
import { capacityAssessmentStreamId } from '@tn/training-domain';
import { failureOf, TODAY, trainingWorld } from './write.test-fixtures';

const rubric = (criteria: { criterionId: string; title: string; weight: number }[]) => ({
  rubricId: 'rubric-commune',
  title: 'Năng lực điều phối của Đoàn xã',
  ownerUnitId: 'lao-cai',
  subjectKind: 'unit',
  level: 'commune',
  scale: { min: 1, max: 5 },
  criteria,
});
const planning = { criterionId: 'planning', title: 'Lập kế hoạch', weight: 2 };
const partners = { criterionId: 'partners', title: 'Huy động đối tác', weight: 1 };
const assessment = (rubricVersion: number, scores: { criterionId: string; score: number }[]) => ({
  assessmentId: capacityAssessmentIdOf('rubric-commune', 'ta-van', '2026-Q1'),
  subject: { kind: 'unit', id: 'ta-van', unitId: 'ta-van' },
  rubricId: 'rubric-commune',
  rubricVersion,
  period: '2026-Q1',
  scores,
  followUpPlan: 'Tập huấn lại về huy động đối tác trong quý 2',
});

describe('assessment routes', () => {
  it('scores an assessment against the rubric version it names, read from the rubric stream', async () => {
    const world = trainingWorld();
    await world.send('DefineCapacityRubric', rubric([planning]));
    await world.send('ReviseCapacityRubric', { ...rubric([planning, partners]), ownerUnitId: undefined, subjectKind: undefined, level: undefined });
    // Version 1 has one criterion only: scoring the second against it is refused.
    expect(
      await failureOf(() =>
        world.send(
          'RecordCapacityAssessment',
          assessment(1, [
            { criterionId: 'planning', score: 4 },
            { criterionId: 'partners', score: 2 },
          ]),
        ),
      ),
    ).toMatchObject({ code: 'CAPACITY_ASSESSMENT.CRITERION_UNKNOWN' });
    await world.send(
      'RecordCapacityAssessment',
      assessment(2, [
        { criterionId: 'planning', score: 4 },
        { criterionId: 'partners', score: 2 },
      ]),
      { actorId: 'assessor-1' },
    );
    const [recorded] = world.store.eventsOf(capacityAssessmentStreamId('rubric-commune:ta-van:2026-Q1'));
    expect(recorded).toMatchObject({ type: 'CapacityAssessmentRecorded', data: { rubricVersion: 2, assessedBy: 'assessor-1', assessedOn: TODAY } });
  });

  it('refuses an assessment against a rubric that does not exist, or a version it never had', async () => {
    const world = trainingWorld();
    expect(await failureOf(() => world.send('RecordCapacityAssessment', assessment(1, [{ criterionId: 'planning', score: 4 }])))).toMatchObject({
      code: 'CAPACITY_RUBRIC.NOT_FOUND',
    });
    await world.send('DefineCapacityRubric', rubric([planning]));
    expect(await failureOf(() => world.send('RecordCapacityAssessment', assessment(3, [{ criterionId: 'planning', score: 4 }])))).toMatchObject({
      code: 'CAPACITY_RUBRIC.VERSION_UNKNOWN',
    });
  });
});

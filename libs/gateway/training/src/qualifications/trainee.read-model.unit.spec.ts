import { projected, streamOf } from '../courses/in-memory-projector.test-fixtures';
import { type TraineeDoc, traineeProjection } from './trainee.read-model';

const record = (recordId: string, extra: Record<string, unknown> = {}) => ({
  personId: 'p1',
  personKind: 'cadre',
  recordId,
  kindId: 'coordination',
  kindRevision: 1,
  grantedOn: '2026-05-10',
  validUntil: '2028-05-10',
  renewalWindowMonths: 6,
  ...extra,
});
const granted = (recordId: string, courseId: string) => record(recordId, { courseId, curriculumId: 'cur-1' });
const enrolled = (courseId: string, unitId: string) => ({
  courseId,
  personId: 'p1',
  personKind: 'cadre',
  unitId,
  abroad: false,
  requestedBy: 'acc-1',
  requestedOn: '2026-04-01',
});
const trainee = (docs: Map<string, Record<string, unknown>>) => docs.get('p1') as unknown as TraineeDoc;

describe('trainee read model', () => {
  it('counts a record in the unit the learner enrolled from, whichever stream arrives first', () => {
    const course = streamOf('course-c1');
    const person = streamOf('trainee-p1');
    const enrolment = course('EnrolmentRequested', enrolled('c1', 'commune-a'));
    const grant = person('QualificationGranted', granted('coordination:c1', 'c1'));
    for (const order of [
      [enrolment, grant],
      [grant, enrolment],
    ]) {
      const doc = trainee(projected(traineeProjection, order));
      expect(doc.records.map((r) => [r.recordId, r.unitId, r.origin])).toEqual([['coordination:c1', 'commune-a', 'course-completed']]);
      expect([doc.unitIds, doc.kindIds, doc.unitKinds, doc.personKind]).toEqual([['commune-a'], ['coordination'], ['commune-a/coordination'], 'cadre']);
    }
  });

  it("keeps the renewed record's unit for a renewal by leading (a trainer leads, not enrols), and the course's for a refresher", () => {
    const person = streamOf('trainee-p1');
    const course = streamOf('course-c1');
    const refresher = streamOf('course-c3');
    const doc = trainee(
      projected(traineeProjection, [
        course('EnrolmentRequested', enrolled('c1', 'commune-a')),
        person('QualificationGranted', granted('coordination:c1', 'c1')),
        person('QualificationRenewed', record('coordination:c2', { renewsRecordId: 'coordination:c1', courseId: 'c2', basis: 'course-led' })),
        refresher('EnrolmentRequested', enrolled('c3', 'commune-b')),
        person(
          'QualificationRenewed',
          record('coordination:c3', { renewsRecordId: 'coordination:c2', courseId: 'c3', basis: 'course-completed', curriculumId: 'r' }),
        ),
      ]),
    );
    expect(doc.records.map((r) => [r.recordId, r.origin, r.unitId])).toEqual([
      ['coordination:c1', 'course-completed', 'commune-a'],
      ['coordination:c2', 'course-led', 'commune-a'],
      ['coordination:c3', 'course-completed', 'commune-b'],
    ]);
    expect(doc.unitIds).toEqual(['commune-a', 'commune-b']);
  });

  it('withdraws the records a revocation names, from its date, even one projected after it', () => {
    const person = streamOf('trainee-p1');
    const grant = person('QualificationGranted', granted('coordination:c1', 'c1'));
    const other = person(
      'PriorQualificationRecognised',
      record('prior-1', { kindId: 'tot', evidence: 'Quyết định 12', recognisedOn: '2026-01-01', recognisedBy: 'a' }),
    );
    const revoked = person('QualificationRevoked', {
      personId: 'p1',
      kindId: 'coordination',
      recordId: 'coordination:c1',
      revokedRecordIds: ['coordination:c1'],
      revokedOn: '2027-01-10',
      reason: 'Vi phạm',
      revokedBy: 'acc-1',
    });
    const doc = trainee(projected(traineeProjection, [grant, other, revoked]));
    expect(doc.records.map((r) => [r.recordId, r.revokedOn ?? null, r.revocationReason ?? null, r.unitId ?? null])).toEqual([
      ['coordination:c1', '2027-01-10', 'Vi phạm', null],
      ['prior-1', null, null, null],
    ]);
    // The same fact delivered out of the stream's order (another partition, a rebuild) ends the same.
    const reordered = [revoked, grant, other].map((event, index) => ({ ...event, streamVersion: index + 1 }));
    expect(trainee(projected(traineeProjection, reordered)).records.find((r) => r.recordId === 'coordination:c1')?.revokedOn).toBe('2027-01-10');
  });

  it('ignores a replay of events it has applied, and a second request moves the unit of a later grant only', () => {
    const person = streamOf('trainee-p1');
    const course = streamOf('course-c1');
    const first = course('EnrolmentRequested', enrolled('c1', 'commune-a'));
    const grant = person('QualificationGranted', granted('coordination:c1', 'c1'));
    const once = trainee(projected(traineeProjection, [first, grant]));
    expect(trainee(projected(traineeProjection, [first, grant, first, grant]))).toEqual(once);
    const again = course('EnrolmentRequested', enrolled('c1', 'commune-b'));
    expect(trainee(projected(traineeProjection, [first, grant, again])).unitIds).toEqual(['commune-b']);
  });
});

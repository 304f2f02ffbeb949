import type { QualificationKindDoc } from '../qualifications/qualification-kind.read-model';
import type { QualificationRecordDoc, TraineeDoc } from '../qualifications/trainee.read-model';
import { courseFlags } from './course-flags';

const kindOf = (kindId: string, isTrainerQualification: boolean) =>
  ({ kindId, isTrainerQualification, extensions: [], name: kindId, ownerUnitId: 'central' }) as unknown as QualificationKindDoc;
const kinds = new Map([
  ['tot', kindOf('tot', true)],
  ['coordination', kindOf('coordination', false)],
]);
const rec = (recordId: string, kindId: string, grantedOn: string, validUntil: string, revokedOn?: string): QualificationRecordDoc => ({
  recordId,
  kindId,
  kindRevision: 1,
  grantedOn,
  validUntil,
  renewalWindowMonths: 6,
  origin: 'prior-recognition',
  ...(revokedOn ? { revokedOn } : {}),
});
const trainer = (records: QualificationRecordDoc[], revocations: { kindId: string; recordId: string; revokedOn: string }[]): TraineeDoc => ({
  personId: 't1',
  records,
  revocations: revocations.map((r) => ({ ...r, revokedRecordIds: [r.recordId], reason: 'Vi phạm quy chế' })),
  enrolmentUnits: [],
  kindIds: [],
  unitIds: [],
  unitKinds: [],
});
const revokedTrainer = trainer([rec('r1', 'tot', '2025-01-01', '2028-01-01', '2026-06-01')], [{ kindId: 'tot', recordId: 'r1', revokedOn: '2026-06-01' }]);
const course = (startsOn: string, endsOn: string) => ({ startsOn, endsOn, trainerIds: ['t1', 't2'] });

describe('course flags', () => {
  it('flags a course a trainer taught on or after the revocation of their trainer qualification, naming it', () => {
    const trainers = new Map([['t1', revokedTrainer]]);
    expect(courseFlags(course('2026-07-01', '2026-07-03'), trainers, kinds)).toEqual([
      { trainerId: 't1', kindId: 'tot', recordId: 'r1', revokedOn: '2026-06-01' },
    ]);
    // Running across the revocation date: partly taught after it.
    expect(courseFlags(course('2026-05-30', '2026-06-02'), trainers, kinds)).toHaveLength(1);
  });

  it('leaves a course held wholly before the revocation, or taught under another valid trainer qualification', () => {
    expect(courseFlags(course('2026-05-01', '2026-05-31'), new Map([['t1', revokedTrainer]]), kinds)).toEqual([]);
    const regained = trainer(
      [rec('r1', 'tot', '2025-01-01', '2028-01-01', '2026-06-01'), rec('r2', 'tot', '2026-06-15', '2029-06-15')],
      [{ kindId: 'tot', recordId: 'r1', revokedOn: '2026-06-01' }],
    );
    expect(courseFlags(course('2026-07-01', '2026-07-03'), new Map([['t1', regained]]), kinds)).toEqual([]);
  });

  it('ignores the revocation of a qualification that is not a trainer qualification', () => {
    const other = trainer(
      [rec('r1', 'coordination', '2025-01-01', '2028-01-01', '2026-06-01'), rec('r9', 'tot', '2020-01-01', '2021-01-01')],
      [{ kindId: 'coordination', recordId: 'r1', revokedOn: '2026-06-01' }],
    );
    expect(courseFlags(course('2026-07-01', '2026-07-03'), new Map([['t1', other]]), kinds)).toEqual([]);
  });
});

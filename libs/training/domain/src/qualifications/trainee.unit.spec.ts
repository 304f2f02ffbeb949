import { fold, given } from '@tn/shared-decider';
import { holderStatusOn, holdsValidTrainerQualification, type ValidityExtension } from '@tn/training-contracts';
import type { DefinedQualificationKind } from './qualification-kind.types';
import type {
  RecognisePriorQualificationCommand,
  RecordCourseCompletionCommand,
  RecordCourseLedCommand,
  RevokeQualificationCommand,
  TraineeCommand,
} from './trainee.commands';
import { traineeDecider } from './trainee.decide';
import { type TraineeEvent, traineeStreamId } from './trainee.events';

const tot: DefinedQualificationKind = {
  status: 'defined',
  kindId: 'tot',
  revision: 1,
  name: 'Tập huấn viên',
  ownerUnitId: 'u-central',
  validityYears: 2,
  renewalWindowMonths: 6,
  grantingCurriculumIds: ['cur-tot'],
  renewingCurriculumIds: ['cur-refresher'],
  prerequisiteKindIds: [],
  isTrainerQualification: true,
  leadingRenews: true,
  extensions: [],
};
const basic: DefinedQualificationKind = { ...tot, kindId: 'basic', isTrainerQualification: false, leadingRenews: false, grantingCurriculumIds: ['cur-basic'] };

const complete = (
  courseId: string,
  curriculumId: string,
  completedOn: string,
  overrides: Partial<RecordCourseCompletionCommand> = {},
): RecordCourseCompletionCommand => ({
  type: 'RecordCourseCompletion',
  personId: 'p-1',
  personKind: 'cadre',
  kindId: 'tot',
  courseId,
  curriculumId,
  completedOn,
  today: completedOn,
  kind: tot,
  ...overrides,
});
const led = (courseId: string, completedOn: string, overrides: Partial<RecordCourseLedCommand> = {}): RecordCourseLedCommand => ({
  type: 'RecordCourseLed',
  personId: 'p-1',
  personKind: 'cadre',
  kindId: 'tot',
  courseId,
  completedOn,
  today: completedOn,
  kind: tot,
  ...overrides,
});
const recognise = (overrides: Partial<RecognisePriorQualificationCommand> = {}): RecognisePriorQualificationCommand => ({
  type: 'RecognisePriorQualification',
  personId: 'p-1',
  personKind: 'cadre',
  kindId: 'tot',
  recordId: 'prior-1',
  grantedOn: '2025-06-01',
  evidence: 'Quyết định công nhận tập huấn viên số 12/QĐ-TWĐ',
  today: '2026-01-10',
  actorId: 'acc-admin',
  kind: tot,
  ...overrides,
});
const revoke = (overrides: Partial<RevokeQualificationCommand> = {}): RevokeQualificationCommand => ({
  type: 'RevokeQualification',
  personId: 'p-1',
  kindId: 'tot',
  recordId: 'tot:c-1',
  revokedOn: '2025-05-01',
  reason: 'Hồ sơ tập huấn không trung thực',
  today: '2025-05-02',
  actorId: 'acc-admin',
  ...overrides,
});

/** The record the first ToT course (2024-03-10) grants: valid through 2026-03-10, renewable through 2026-09-10. */
const granted: TraineeEvent = {
  type: 'QualificationGranted',
  data: {
    personId: 'p-1',
    personKind: 'cadre',
    recordId: 'tot:c-1',
    kindId: 'tot',
    kindRevision: 1,
    grantedOn: '2024-03-10',
    validUntil: '2026-03-10',
    renewalWindowMonths: 6,
    courseId: 'c-1',
    curriculumId: 'cur-tot',
  },
};
const renewed = (courseId: string, grantedOn: string, validUntil: string, renewsRecordId = 'tot:c-1', curriculumId = 'cur-refresher'): TraineeEvent => ({
  type: 'QualificationRenewed',
  data: {
    personId: 'p-1',
    personKind: 'cadre',
    recordId: `tot:${courseId}`,
    kindId: 'tot',
    kindRevision: 1,
    grantedOn,
    validUntil,
    renewalWindowMonths: 6,
    renewsRecordId,
    courseId,
    basis: 'course-completed',
    curriculumId,
  },
});

function run(history: TraineeEvent[], commands: TraineeCommand[]): TraineeEvent[] {
  return commands.reduce((events, command) => [...events, ...traineeDecider.decide(command, fold(traineeDecider, events))], history);
}
const recordsAfter = (events: TraineeEvent[]) => fold(traineeDecider, events).records;

describe('course completion', () => {
  it('grants the kind for validityYears from the completion day, on the person’s stream', () => {
    given(traineeDecider)
      .when(complete('c-1', 'cur-tot', '2024-03-10'))
      .then([granted]);
    expect(traineeStreamId('p-1')).toBe('trainee-p-1');
  });

  it('grants a qualification completed on Feb 29 until Feb 28', () => {
    const [event] = traineeDecider.decide(complete('c-1', 'cur-tot', '2024-02-29', { kind: { ...tot, validityYears: 1 } }), traineeDecider.initialState());
    expect(event!.data).toMatchObject({ grantedOn: '2024-02-29', validUntil: '2025-02-28' });
  });

  it('decides nothing for the same course twice', () => {
    given(traineeDecider, [granted])
      .when(complete('c-1', 'cur-tot', '2024-03-10'))
      .then([]);
  });

  it('decides nothing for a curriculum the kind neither grants nor renews by', () => {
    given(traineeDecider)
      .when(complete('c-9', 'cur-other', '2024-03-10'))
      .then([]);
  });

  it('renews a valid qualification from its expiry, so a refresher taken early loses nothing', () => {
    given(traineeDecider, [granted])
      .when(complete('c-2', 'cur-refresher', '2026-01-20'))
      .then([renewed('c-2', '2026-01-20', '2028-03-10')]);
  });

  it('renews on the expiry day itself from the expiry', () => {
    given(traineeDecider, [granted])
      .when(complete('c-2', 'cur-refresher', '2026-03-10'))
      .then([renewed('c-2', '2026-03-10', '2028-03-10')]);
  });

  it('renews an expired qualification within the window from the refresher day, the last day of the window included', () => {
    given(traineeDecider, [granted])
      .when(complete('c-2', 'cur-refresher', '2026-05-01'))
      .then([renewed('c-2', '2026-05-01', '2028-05-01')]);
    given(traineeDecider, [granted])
      .when(complete('c-2', 'cur-refresher', '2026-09-10'))
      .then([renewed('c-2', '2026-09-10', '2028-09-10')]);
  });

  it('gives nothing for a refresher after the renewal window: a lapsed qualification needs the full course again', () => {
    given(traineeDecider, [granted])
      .when(complete('c-2', 'cur-refresher', '2026-09-11'))
      .then([]);
  });

  it('grants anew when the full course is taken after the renewal window', () => {
    const [event] = traineeDecider.decide(complete('c-2', 'cur-tot', '2026-09-11'), fold(traineeDecider, [granted]));
    expect(event).toEqual({
      type: 'QualificationGranted',
      data: { ...granted.data, recordId: 'tot:c-2', grantedOn: '2026-09-11', validUntil: '2028-09-11', courseId: 'c-2', curriculumId: 'cur-tot' },
    });
  });

  it('gives nothing for a refresher to someone who never held the kind', () => {
    given(traineeDecider)
      .when(complete('c-2', 'cur-refresher', '2026-01-20'))
      .then([]);
  });

  it('renews when a granting course is taken again while the qualification stands', () => {
    given(traineeDecider, [granted])
      .when(complete('c-2', 'cur-tot', '2026-02-01'))
      .then([renewed('c-2', '2026-02-01', '2028-03-10', 'tot:c-1', 'cur-tot')]);
  });

  it('renews the record that runs longest, continuing the chain', () => {
    const chain = [granted, renewed('c-2', '2026-01-20', '2028-03-10')];
    given(traineeDecider, chain)
      .when(complete('c-3', 'cur-refresher', '2028-01-05'))
      .then([renewed('c-3', '2028-01-05', '2030-03-10', 'tot:c-2')]);
  });

  it('continues from the expiry a blanket extension moved', () => {
    const flood: ValidityExtension = {
      kindId: 'tot',
      extensionId: 'flood',
      expiringFrom: '2026-03-01',
      expiringTo: '2026-03-31',
      extendByMonths: 6,
      extendedOn: '2026-02-15',
    };
    given(traineeDecider, [granted])
      .when(complete('c-2', 'cur-refresher', '2026-08-01', { kind: { ...tot, extensions: [flood] } }))
      .then([renewed('c-2', '2026-08-01', '2028-09-10')]);
  });

  it('gives records granted after a revision the revised terms, leaving earlier records as granted', () => {
    const revised = { ...tot, revision: 2, validityYears: 3, renewalWindowMonths: 12 };
    const events = run([granted], [complete('c-5', 'cur-basic', '2026-01-01', { kindId: 'basic', kind: { ...basic, revision: 2, validityYears: 3 } })]);
    const [renewal] = traineeDecider.decide(complete('c-2', 'cur-refresher', '2026-01-20', { kind: revised }), fold(traineeDecider, events));
    expect(renewal!.data).toMatchObject({ kindRevision: 2, validUntil: '2029-03-10', renewalWindowMonths: 12 });
    expect(recordsAfter(events).map((r) => [r.recordId, r.kindRevision, r.validUntil])).toEqual([
      ['tot:c-1', 1, '2026-03-10'],
      ['basic:c-5', 2, '2029-01-01'],
    ]);
  });

  it('refuses a completion dated after today, or on a day that does not exist', () => {
    expect(
      given(traineeDecider)
        .when(complete('c-1', 'cur-tot', '2026-03-11', { today: '2026-03-10' }))
        .thenFails('QUALIFICATION.DATE_AFTER_TODAY').field,
    ).toBe('completedOn');
    expect(
      given(traineeDecider)
        .when(complete('c-1', 'cur-tot', '2025-02-29', { today: '2026-03-10' }))
        .thenFails('QUALIFICATION.DATE_INVALID').field,
    ).toBe('completedOn');
  });

  it('refuses a person who is neither a cadre nor a volunteer', () => {
    given(traineeDecider)
      .when(complete('c-1', 'cur-tot', '2024-03-10', { personKind: 'child' }))
      .thenFails('QUALIFICATION.PERSON_KIND_UNKNOWN');
  });

  it('refuses a kind that is not defined, or a looked-up kind other than the one named', () => {
    given(traineeDecider)
      .when(complete('c-1', 'cur-tot', '2024-03-10', { kind: { status: 'none' } }))
      .thenFails('QUALIFICATION.KIND_NOT_FOUND');
    given(traineeDecider)
      .when(complete('c-1', 'cur-tot', '2024-03-10', { kindId: 'basic' }))
      .thenFails('QUALIFICATION.KIND_NOT_FOUND');
  });

  it.each(['personId', 'courseId', 'curriculumId', 'kindId'])('refuses a blank %s', (field) => {
    expect(
      given(traineeDecider)
        .when({ ...complete('c-1', 'cur-tot', '2024-03-10'), [field]: '' })
        .thenFails('QUALIFICATION.TEXT_REQUIRED').field,
    ).toBe(field);
  });
});

describe('leading a course', () => {
  const ledRenewal = (courseId: string, grantedOn: string, validUntil: string): TraineeEvent => {
    const { curriculumId: _curriculum, ...data } = renewed(courseId, grantedOn, validUntil).data as Extract<
      TraineeEvent,
      { type: 'QualificationRenewed' }
    >['data'];
    return { type: 'QualificationRenewed', data: { ...data, basis: 'course-led' } };
  };

  it('renews a trainer qualification when the kind says leading renews', () => {
    given(traineeDecider, [granted])
      .when(led('c-7', '2025-11-30'))
      .then([ledRenewal('c-7', '2025-11-30', '2028-03-10')]);
    given(traineeDecider, [granted])
      .when(led('c-7', '2026-04-30'))
      .then([ledRenewal('c-7', '2026-04-30', '2028-04-30')]);
  });

  it('decides nothing when the kind does not renew by leading, or is no trainer qualification', () => {
    given(traineeDecider, [granted])
      .when(led('c-7', '2025-11-30', { kind: { ...tot, leadingRenews: false } }))
      .then([]);
    const basicGranted: TraineeEvent = { ...granted, data: { ...granted.data, recordId: 'basic:c-0', kindId: 'basic' } };
    given(traineeDecider, [basicGranted])
      .when(led('c-7', '2025-11-30', { kindId: 'basic', kind: { ...basic, leadingRenews: true } }))
      .then([]);
  });

  it('decides nothing for a trainer whose qualification lapsed, who holds none, or for the same course twice', () => {
    given(traineeDecider, [granted]).when(led('c-7', '2026-09-11')).then([]);
    given(traineeDecider).when(led('c-7', '2025-11-30')).then([]);
    given(traineeDecider, [granted, ledRenewal('c-7', '2025-11-30', '2028-03-10')])
      .when(led('c-7', '2025-11-30'))
      .then([]);
  });

  it('refuses a course led after today', () => {
    given(traineeDecider, [granted])
      .when(led('c-7', '2025-12-01', { today: '2025-11-30' }))
      .thenFails('QUALIFICATION.DATE_AFTER_TODAY');
  });
});

describe('recognising a prior qualification', () => {
  const recognised: TraineeEvent = {
    type: 'PriorQualificationRecognised',
    data: {
      personId: 'p-1',
      personKind: 'cadre',
      recordId: 'prior-1',
      kindId: 'tot',
      kindRevision: 1,
      grantedOn: '2025-06-01',
      validUntil: '2027-06-01',
      renewalWindowMonths: 6,
      evidence: 'Quyết định công nhận tập huấn viên số 12/QĐ-TWĐ',
      recognisedOn: '2026-01-10',
      recognisedBy: 'acc-admin',
    },
  };

  it('records it on evidence, dated and attributed, and it counts as a trainer qualification', () => {
    given(traineeDecider).when(recognise()).then([recognised]);
    expect(holdsValidTrainerQualification(recordsAfter([recognised]), [tot], '2026-02-01', '2026-02-05')).toBe(true);
  });

  it('refuses recognising a qualification the person holds valid today, but takes one after it lapsed', () => {
    expect(given(traineeDecider, [granted]).when(recognise()).thenFails('QUALIFICATION.ALREADY_HELD').field).toBe('kindId');
    given(traineeDecider, [granted])
      .when(recognise({ today: '2026-10-01' }))
      .then([{ ...recognised, data: { ...recognised.data, recognisedOn: '2026-10-01' } }]);
  });

  it('refuses a record id already used', () => {
    given(traineeDecider, [granted])
      .when(recognise({ recordId: 'tot:c-1', today: '2026-10-01' }))
      .thenFails('QUALIFICATION.RECORD_EXISTS');
  });

  it('refuses a grant date after today, no evidence, or a kind that is not defined', () => {
    expect(
      given(traineeDecider)
        .when(recognise({ grantedOn: '2026-01-11' }))
        .thenFails('QUALIFICATION.DATE_AFTER_TODAY').field,
    ).toBe('grantedOn');
    expect(
      given(traineeDecider)
        .when(recognise({ evidence: ' ' }))
        .thenFails('QUALIFICATION.TEXT_REQUIRED').field,
    ).toBe('evidence');
    given(traineeDecider)
      .when(recognise({ kind: { status: 'none' } }))
      .thenFails('QUALIFICATION.KIND_NOT_FOUND');
  });
});

describe('revoking a qualification', () => {
  const basicGranted: TraineeEvent = {
    ...granted,
    data: { ...granted.data, recordId: 'basic:c-0', kindId: 'basic', courseId: 'c-0', curriculumId: 'cur-basic' },
  };
  const history = [basicGranted, granted, renewed('c-2', '2025-03-01', '2028-03-10')];

  it('withdraws every record of the kind the person holds, from the revocation day', () => {
    const revoked: TraineeEvent = {
      type: 'QualificationRevoked',
      data: {
        personId: 'p-1',
        kindId: 'tot',
        recordId: 'tot:c-2',
        revokedRecordIds: ['tot:c-1', 'tot:c-2'],
        revokedOn: '2025-05-01',
        reason: 'Hồ sơ tập huấn không trung thực',
        revokedBy: 'acc-admin',
      },
    };
    given(traineeDecider, history)
      .when(revoke({ recordId: 'tot:c-2' }))
      .then([revoked]);
    const records = recordsAfter([...history, revoked]);
    expect(holderStatusOn(records, 'tot', '2025-04-30')).toBe('valid');
    expect(holderStatusOn(records, 'tot', '2025-05-01')).toBe('revoked');
    expect(holderStatusOn(records, 'basic', '2025-05-01')).toBe('valid');
    expect(holdsValidTrainerQualification(records, [tot], '2025-04-20', '2025-05-05')).toBe(false);
  });

  it('is not undone by a refresher, but a granting course grants afresh', () => {
    const events = run(history, [revoke()]);
    given(traineeDecider, events)
      .when(complete('c-3', 'cur-refresher', '2025-06-01'))
      .then([]);
    expect(traineeDecider.decide(complete('c-3', 'cur-tot', '2025-06-01'), fold(traineeDecider, events))[0]?.type).toBe('QualificationGranted');
  });

  it('refuses revoking a record twice', () => {
    const events = run(history, [revoke()]);
    expect(
      given(traineeDecider, events)
        .when(revoke({ recordId: 'tot:c-2' }))
        .thenFails('QUALIFICATION.ALREADY_REVOKED').details,
    ).toEqual({
      revokedOn: '2025-05-01',
    });
  });

  it('refuses a record the person does not have, or one of another kind', () => {
    given(traineeDecider, history)
      .when(revoke({ recordId: 'tot:c-9' }))
      .thenFails('QUALIFICATION.RECORD_NOT_FOUND');
    given(traineeDecider, history)
      .when(revoke({ recordId: 'basic:c-0' }))
      .thenFails('QUALIFICATION.RECORD_NOT_FOUND');
  });

  it('refuses a revocation dated before the record was granted, or after today', () => {
    expect(
      given(traineeDecider, history)
        .when(revoke({ revokedOn: '2024-03-09' }))
        .thenFails('QUALIFICATION.REVOKED_BEFORE_GRANT').field,
    ).toBe('revokedOn');
    given(traineeDecider, history)
      .when(revoke({ revokedOn: '2025-05-03' }))
      .thenFails('QUALIFICATION.DATE_AFTER_TODAY');
  });

  it('refuses a revocation without a reason or without its actor', () => {
    expect(
      given(traineeDecider, history)
        .when(revoke({ reason: '' }))
        .thenFails('QUALIFICATION.TEXT_REQUIRED').field,
    ).toBe('reason');
    expect(
      given(traineeDecider, history)
        .when(revoke({ actorId: '' }))
        .thenFails('QUALIFICATION.TEXT_REQUIRED').field,
    ).toBe('actorId');
  });
});

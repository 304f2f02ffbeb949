import { fold, given } from '@tn/shared-decider';
import { previewExtension, type QualificationRecord, qualificationStatusOn, effectiveValidUntil } from '@tn/training-contracts';
import type { DefineQualificationKindCommand, ExtendQualificationValidityCommand, QualificationKindCommand } from './qualification-kind.commands';
import { qualificationKindDecider } from './qualification-kind.decide';
import { type QualificationKindEvent, qualificationKindStreamId } from './qualification-kind.events';
import type { DefinedQualificationKind } from './qualification-kind.types';

const define: DefineQualificationKindCommand = {
  type: 'DefineQualificationKind',
  kindId: 'tot-coordination',
  name: 'Tập huấn viên điều phối tình nguyện',
  ownerUnitId: 'u-central',
  validityYears: 2,
  renewalWindowMonths: 6,
  grantingCurriculumIds: ['cur-tot'],
  renewingCurriculumIds: ['cur-tot-refresher'],
  prerequisiteKindIds: ['coordination-basic'],
  isTrainerQualification: true,
  leadingRenews: true,
  today: '2026-01-05',
  actorId: 'acc-admin',
};
const { type: _type, today: _today, actorId: _actor, ...terms } = define;
const defined: QualificationKindEvent = {
  type: 'QualificationKindDefined',
  data: { ...terms, definedOn: '2026-01-05', definedBy: 'acc-admin' },
};
const revise = (overrides: Partial<QualificationKindCommand> = {}): QualificationKindCommand =>
  ({ ...define, type: 'ReviseQualificationKind', today: '2026-03-01', ...overrides }) as QualificationKindCommand;
const extend = (overrides: Partial<ExtendQualificationValidityCommand> = {}): ExtendQualificationValidityCommand => ({
  type: 'ExtendQualificationValidity',
  kindId: 'tot-coordination',
  extensionId: 'flood-2026',
  expiringFrom: '2026-09-01',
  expiringTo: '2026-11-30',
  extendByMonths: 6,
  reason: 'Lũ lụt: các lớp bồi dưỡng lại bị hoãn',
  today: '2026-09-10',
  actorId: 'acc-admin',
  ...overrides,
});
const kindAfter = (events: QualificationKindEvent[]) => fold(qualificationKindDecider, events) as DefinedQualificationKind;

describe('qualification kinds', () => {
  it('defines a kind dated today and attributed to the actor, on its own stream', () => {
    given(qualificationKindDecider).when(define).then([defined]);
    expect(kindAfter([defined])).toMatchObject({ status: 'defined', kindId: 'tot-coordination', revision: 1, validityYears: 2, extensions: [] });
    expect(qualificationKindStreamId('tot-coordination')).toBe('qualification-kind-tot-coordination');
  });

  it('refuses defining a kind twice', () => {
    given(qualificationKindDecider, [defined]).when(define).thenFails('QUALIFICATION.KIND_ALREADY_DEFINED');
  });

  it.each([
    ['validityYears', 0],
    ['validityYears', 11],
    ['validityYears', 1.5],
    ['renewalWindowMonths', -1],
    ['renewalWindowMonths', 37],
  ])('refuses %s = %s, naming the field and the bounds', (field, value) => {
    const error = given(qualificationKindDecider)
      .when({ ...define, [field]: value })
      .thenFails('QUALIFICATION.NUMBER_OUT_OF_RANGE');
    expect(error.field).toBe(field);
    expect(error.details).toMatchObject({ value });
  });

  it('takes the bounds themselves: 1 to 10 years, 0 to 36 months of renewal window', () => {
    for (const bounds of [
      { validityYears: 1, renewalWindowMonths: 0 },
      { validityYears: 10, renewalWindowMonths: 36 },
    ]) {
      expect(qualificationKindDecider.decide({ ...define, ...bounds }, qualificationKindDecider.initialState())).toHaveLength(1);
    }
  });

  it.each(['kindId', 'name', 'ownerUnitId'])('refuses a blank %s', (field) => {
    expect(
      given(qualificationKindDecider)
        .when({ ...define, [field]: ' ' })
        .thenFails('QUALIFICATION.TEXT_REQUIRED').field,
    ).toBe(field);
  });

  it('refuses curriculum lists with a repeated or blank id, and a kind that is its own prerequisite', () => {
    const repeated = given(qualificationKindDecider)
      .when({ ...define, grantingCurriculumIds: ['cur-tot', 'cur-tot'] })
      .thenFails('QUALIFICATION.ID_LIST_INVALID');
    expect(repeated.field).toBe('grantingCurriculumIds');
    const blank = given(qualificationKindDecider)
      .when({ ...define, renewingCurriculumIds: [''] })
      .thenFails('QUALIFICATION.ID_LIST_INVALID');
    expect(blank.field).toBe('renewingCurriculumIds');
    const self = given(qualificationKindDecider)
      .when({ ...define, prerequisiteKindIds: ['tot-coordination'] })
      .thenFails('QUALIFICATION.ID_LIST_INVALID');
    expect(self.field).toBe('prerequisiteKindIds');
  });

  it('refuses leading-renews on a kind that is not a trainer qualification', () => {
    given(qualificationKindDecider)
      .when({ ...define, isTrainerQualification: false })
      .thenFails('QUALIFICATION.LEADING_RENEWS_TRAINERS_ONLY');
    expect(qualificationKindDecider.decide({ ...define, isTrainerQualification: false, leadingRenews: false }, { status: 'none' })).toHaveLength(1);
  });

  it('refuses a day that is not a date as today, and an act without its actor', () => {
    expect(
      given(qualificationKindDecider)
        .when({ ...define, today: '2026-02-30' })
        .thenFails('QUALIFICATION.DATE_INVALID').field,
    ).toBe('today');
    expect(
      given(qualificationKindDecider)
        .when({ ...define, actorId: '' })
        .thenFails('QUALIFICATION.TEXT_REQUIRED').field,
    ).toBe('actorId');
  });
});

describe('revising a kind', () => {
  it('states the new terms under the next revision number', () => {
    const revised: QualificationKindEvent = {
      type: 'QualificationKindRevised',
      data: { ...terms, validityYears: 3, revision: 2, revisedOn: '2026-03-01', revisedBy: 'acc-admin' },
    };
    given(qualificationKindDecider, [defined])
      .when(revise({ validityYears: 3 }))
      .then([revised]);
    given(qualificationKindDecider, [defined, revised])
      .when(revise({ validityYears: 4, today: '2026-04-01' }))
      .then([{ type: 'QualificationKindRevised', data: { ...terms, validityYears: 4, revision: 3, revisedOn: '2026-04-01', revisedBy: 'acc-admin' } }]);
    expect(kindAfter([defined, revised])).toMatchObject({ revision: 2, validityYears: 3, renewalWindowMonths: 6 });
  });

  it('decides nothing for the same terms, id lists in any order', () => {
    const twoCurricula = { ...define, grantingCurriculumIds: ['cur-a', 'cur-b'] };
    const history = qualificationKindDecider.decide(twoCurricula, { status: 'none' });
    given(qualificationKindDecider, history)
      .when(revise({ grantingCurriculumIds: ['cur-b', 'cur-a'] }))
      .then([]);
  });

  it('refuses revising a kind that is not defined, and checks the new terms as a definition', () => {
    given(qualificationKindDecider).when(revise()).thenFails('QUALIFICATION.KIND_NOT_FOUND');
    given(qualificationKindDecider, [defined])
      .when(revise({ validityYears: 12 }))
      .thenFails('QUALIFICATION.NUMBER_OUT_OF_RANGE');
  });
});

describe('blanket extensions', () => {
  const extended: QualificationKindEvent = {
    type: 'QualificationValidityExtended',
    data: {
      kindId: 'tot-coordination',
      extensionId: 'flood-2026',
      expiringFrom: '2026-09-01',
      expiringTo: '2026-11-30',
      extendByMonths: 6,
      reason: 'Lũ lụt: các lớp bồi dưỡng lại bị hoãn',
      extendedOn: '2026-09-10',
      extendedBy: 'acc-admin',
    },
  };

  it('declares one policy event, kept on the kind in the order declared', () => {
    given(qualificationKindDecider, [defined]).when(extend()).then([extended]);
    const second = qualificationKindDecider.decide(extend({ extensionId: 'storm', today: '2026-10-01' }), kindAfter([defined, extended]));
    expect(kindAfter([defined, extended, ...second]).extensions.map((e) => e.extensionId)).toEqual(['flood-2026', 'storm']);
  });

  it('is previewed exactly as it applies to the records it moves', () => {
    const record = (recordId: string, grantedOn: string, validUntil: string): QualificationRecord => ({
      recordId,
      kindId: 'tot-coordination',
      grantedOn,
      validUntil,
      renewalWindowMonths: 6,
    });
    const records = [
      record('expires-in-window', '2024-09-15', '2026-09-15'),
      record('expired-in-window', '2024-09-02', '2026-09-02'),
      record('last-day', '2024-11-30', '2026-11-30'),
      record('after-window', '2024-12-01', '2026-12-01'),
      record('before-window', '2024-08-31', '2026-08-31'),
    ];
    const command = extend();
    const preview = previewExtension(records, { ...command, extendedOn: command.today });
    const kind = kindAfter([defined, ...qualificationKindDecider.decide(command, kindAfter([defined]))]);
    const moved = records.filter((r) => effectiveValidUntil(r, kind.extensions) !== r.validUntil);
    expect(preview.map((row) => [row.record.recordId, row.oldValidUntil, row.newValidUntil])).toEqual(
      moved.map((r) => [r.recordId, r.validUntil, effectiveValidUntil(r, kind.extensions)]),
    );
    expect(preview.map((row) => row.record.recordId)).toEqual(['expires-in-window', 'expired-in-window', 'last-day']);
    expect(qualificationStatusOn(records[1]!, '2026-09-10', kind.extensions)).toBe('valid');
    expect(preview[2]!.newValidUntil).toBe('2027-05-30');
  });

  it('refuses an extension of a kind that is not defined, or one whose id was used', () => {
    given(qualificationKindDecider).when(extend()).thenFails('QUALIFICATION.KIND_NOT_FOUND');
    expect(given(qualificationKindDecider, [defined, extended]).when(extend()).thenFails('QUALIFICATION.EXTENSION_EXISTS').field).toBe('extensionId');
  });

  it('refuses a window that ends before it starts, or dates that are not dates', () => {
    expect(
      given(qualificationKindDecider, [defined])
        .when(extend({ expiringFrom: '2026-12-01' }))
        .thenFails('QUALIFICATION.EXTENSION_PERIOD_INVALID').field,
    ).toBe('expiringTo');
    expect(
      given(qualificationKindDecider, [defined])
        .when(extend({ expiringTo: '2026-11-31' }))
        .thenFails('QUALIFICATION.DATE_INVALID').field,
    ).toBe('expiringTo');
    given(qualificationKindDecider, [defined])
      .when(extend({ expiringFrom: '2026-11-30' }))
      .then([{ ...extended, data: { ...extended.data, expiringFrom: '2026-11-30' } }]);
  });

  it.each([0, 25, 2.5])('refuses extending by %s months (1 to 24)', (extendByMonths) => {
    expect(given(qualificationKindDecider, [defined]).when(extend({ extendByMonths })).thenFails('QUALIFICATION.NUMBER_OUT_OF_RANGE').field).toBe(
      'extendByMonths',
    );
  });

  it('refuses an extension without a reason or an id', () => {
    expect(
      given(qualificationKindDecider, [defined])
        .when(extend({ reason: '  ' }))
        .thenFails('QUALIFICATION.TEXT_REQUIRED').field,
    ).toBe('reason');
    expect(
      given(qualificationKindDecider, [defined])
        .when(extend({ extensionId: '' }))
        .thenFails('QUALIFICATION.TEXT_REQUIRED').field,
    ).toBe('extensionId');
  });
});

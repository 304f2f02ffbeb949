import { fold, given } from '@tn/shared-decider';
import type { DeclareValueCommand } from './declared-value.commands';
import { declaredValueDecider } from './declared-value.decide';
import type { DeclaredValueEvent } from './declared-value.events';

const act = { today: '2026-06-10', at: '2026-06-10T02:00:00.000Z', actorId: 'acc-manager' };
const declare = (value: number, changes: Partial<DeclareValueCommand> = {}): DeclareValueCommand => ({
  type: 'DeclareValue',
  unitId: 'xa-ta-van',
  period: 'Q2026-2',
  key: 'activities-held',
  value,
  ...act,
  ...changes,
});
const declared = (value: number, changes: object = {}): DeclaredValueEvent => ({
  type: 'ValueDeclared',
  data: {
    unitId: 'xa-ta-van',
    period: 'Q2026-2',
    key: 'activities-held',
    value,
    declaredBy: 'acc-manager',
    declaredAt: '2026-06-10T02:00:00.000Z',
    ...changes,
  },
});

describe('declared value decider', () => {
  it('declares the figure for a period under way, by the actor at the server’s time', () => {
    given(declaredValueDecider)
      .when(declare(12))
      .then([declared(12)]);
  });

  it('declares for a period that is over, and for one that began today', () => {
    given(declaredValueDecider)
      .when(declare(40, { period: 'Y2025' }))
      .then([declared(40, { period: 'Y2025' })]);
    given(declaredValueDecider)
      .when(declare(3, { period: 'M2026-06', today: '2026-06-01' }))
      .then([declared(3, { period: 'M2026-06' })]);
  });

  it('keeps a note, trimmed, and drops a blank one', () => {
    given(declaredValueDecider)
      .when(declare(12, { note: ' Gồm 2 hoạt động ở thôn Lao Chải ' }))
      .then([declared(12, { note: 'Gồm 2 hoạt động ở thôn Lao Chải' })]);
    given(declaredValueDecider)
      .when(declare(12, { note: '  ' }))
      .then([declared(12)]);
  });

  it('takes 0: a unit may have held nothing', () => {
    given(declaredValueDecider)
      .when(declare(0))
      .then([declared(0)]);
  });

  it('supersedes an earlier declaration, keeping it in the stream', () => {
    const correction = { actorId: 'acc-other', at: '2026-06-12T04:00:00.000Z', today: '2026-06-12' };
    given(declaredValueDecider, [declared(12)])
      .when(declare(14, correction))
      .then([declared(14, { declaredBy: 'acc-other', declaredAt: '2026-06-12T04:00:00.000Z' })]);
    expect(fold(declaredValueDecider, [declared(12), declared(14)])).toEqual({ declarations: 2, value: 14 });
  });

  it('records nothing when the figure and the note in force are declared again', () => {
    given(declaredValueDecider, [declared(12, { note: 'x' })])
      .when(declare(12, { note: ' x' }))
      .then([]);
    given(declaredValueDecider, [declared(12, { note: 'x' })])
      .when(declare(12))
      .then([declared(12)]);
    given(declaredValueDecider, [declared(12), declared(14)])
      .when(declare(12))
      .then([declared(12)]);
  });

  it.each(['2026', 'Q2026-5', 'M2026-7', 'H2026-01', 'Y2026:activities-held'])('refuses the period key %s', (period) => {
    const error = given(declaredValueDecider).when(declare(1, { period })).thenFails('DECLARED.PERIOD_INVALID');
    expect([error.field, error.details]).toEqual(['period', { period }]);
  });

  it('refuses a period that has not begun', () => {
    const error = given(declaredValueDecider)
      .when(declare(1, { period: 'Q2026-3' }))
      .thenFails('DECLARED.PERIOD_NOT_STARTED');
    expect(error.details).toEqual({ period: 'Q2026-3', from: '2026-07-01', today: '2026-06-10' });
  });

  it('refuses a key units do not declare', () => {
    expect(
      given(declaredValueDecider)
        .when(declare(1, { key: 'volunteers' }))
        .thenFails('DECLARED.KEY_UNKNOWN').field,
    ).toBe('key');
  });

  it.each([-1, 2.5, Number.NaN, 2 ** 53])('refuses the figure %d', (value) => {
    expect(given(declaredValueDecider).when(declare(value)).thenFails('DECLARED.VALUE_INVALID').field).toBe('value');
  });

  it('refuses an act with no actor or no valid time', () => {
    given(declaredValueDecider)
      .when(declare(1, { actorId: '' }))
      .thenFails('REPORTING.ACTOR_REQUIRED');
    given(declaredValueDecider)
      .when(declare(1, { today: 'today' }))
      .thenFails('REPORTING.TIME_INVALID');
  });
});

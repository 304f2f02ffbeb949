import { fold, given } from '@tn/shared-decider';
import type { Formula } from '@tn/reporting-contracts';
import type { DefineIndicatorCommand, RetireIndicatorCommand, ReviseIndicatorCommand } from './indicator.commands';
import { indicatorDecider } from './indicator.decide';
import type { IndicatorEvent } from './indicator.events';

const act = { today: '2026-06-10', at: '2026-06-10T02:00:00.000Z', actorId: 'acc-manager' };
const later = { today: '2026-09-01', at: '2026-09-01T03:00:00.000Z', actorId: 'acc-other' };

/** Trees planted (an output's measure), summed. */
const treesPlanted: Formula = {
  kind: 'count',
  measure: { source: 'flows', kinds: ['output'], aggregate: 'quantity', filter: { measures: ['trees-planted'] } },
};
/** Share of communes with an environmental activity. */
const greenCommunes: Formula = {
  kind: 'coverage',
  units: { levelLabels: ['Đoàn xã'] },
  condition: { source: 'flows', kinds: ['activity'], aggregate: 'count', filter: { domains: ['environment-climate-change'] } },
  atLeast: 1,
  factor: 100,
};

const define: DefineIndicatorCommand = {
  type: 'DefineIndicator',
  indicatorId: 'lc-trees',
  code: 'LC-01',
  nameVi: 'Số cây xanh được trồng',
  nameEn: 'Trees planted',
  formula: treesPlanted,
  unit: 'cây',
  targets: [
    { year: 2030, value: 100000 },
    { year: 2026, value: 20000, direction: 'at-least' },
  ],
  ownerUnitId: 'tinh-lao-cai',
  ...act,
};
const content = {
  code: 'LC-01',
  nameVi: 'Số cây xanh được trồng',
  nameEn: 'Trees planted',
  formula: treesPlanted,
  unit: 'cây',
  targets: [
    { year: 2026, value: 20000, direction: 'at-least' as const },
    { year: 2030, value: 100000 },
  ],
};
const defined: IndicatorEvent = {
  type: 'IndicatorDefined',
  data: { indicatorId: 'lc-trees', version: 1, ...content, ownerUnitId: 'tinh-lao-cai', definedBy: 'acc-manager', definedAt: '2026-06-10T02:00:00.000Z' },
};
const revise = (changes: Partial<ReviseIndicatorCommand> = {}): ReviseIndicatorCommand => ({
  type: 'ReviseIndicator',
  indicatorId: 'lc-trees',
  ...content,
  ...later,
  ...changes,
});
const revised = (version: number, changes: object = {}): IndicatorEvent => ({
  type: 'IndicatorRevised',
  data: {
    indicatorId: 'lc-trees',
    version,
    ...content,
    ...changes,
    ownerUnitId: 'tinh-lao-cai',
    revisedBy: 'acc-other',
    revisedAt: '2026-09-01T03:00:00.000Z',
  },
});
const retire: RetireIndicatorCommand = { type: 'RetireIndicator', indicatorId: 'lc-trees', reason: 'Kế hoạch đã kết thúc', ...later };
const retired = (version: number, changes: object = {}): IndicatorEvent => ({
  type: 'IndicatorRetired',
  data: {
    indicatorId: 'lc-trees',
    version,
    ...content,
    ...changes,
    ownerUnitId: 'tinh-lao-cai',
    reason: 'Kế hoạch đã kết thúc',
    retiredBy: 'acc-other',
    retiredAt: '2026-09-01T03:00:00.000Z',
  },
});

describe('indicator decider', () => {
  describe('defining', () => {
    it('defines version 1 for the owner unit, its targets in the order of their years, by the actor at the server’s time', () => {
      given(indicatorDecider).when(define).then([defined]);
      expect(fold(indicatorDecider, [defined])).toEqual({ status: 'active', indicatorId: 'lc-trees', ownerUnitId: 'tinh-lao-cai', version: 1, content });
    });

    it('trims the texts it keeps', () => {
      const [event] = given(indicatorDecider)
        .when({ ...define, code: ' LC-01 ', nameVi: ' Số cây xanh được trồng', unit: 'cây ' })
        .then([defined]);
      expect(event?.data).toMatchObject({ code: 'LC-01', unit: 'cây' });
    });

    it('defines an indicator with no target', () => {
      given(indicatorDecider)
        .when({ ...define, targets: [] })
        .then([{ ...defined, data: { ...defined.data, targets: [] } } as IndicatorEvent]);
    });

    it('defines it once: the id is then taken', () => {
      const error = given(indicatorDecider, [defined]).when(define).thenFails('INDICATOR.ALREADY_EXISTS');
      expect(error.details).toEqual({ indicatorId: 'lc-trees' });
    });

    it.each(['k1', 'K3', 'k5-partners', 'K5-Joint-Activities'])('refuses the programme indicator id %s', (indicatorId) => {
      const error = given(indicatorDecider)
        .when({ ...define, indicatorId })
        .thenFails('INDICATOR.ID_RESERVED');
      expect([error.field, error.details]).toEqual(['indicatorId', { indicatorId }]);
    });

    it.each([
      ['code', { code: ' ' }],
      ['nameVi', { nameVi: '' }],
      ['nameEn', { nameEn: '  ' }],
      ['unit', { unit: '' }],
    ])('refuses a blank %s', (field, change) => {
      expect(
        given(indicatorDecider)
          .when({ ...define, ...change })
          .thenFails('INDICATOR.TEXT_REQUIRED').field,
      ).toBe(field);
    });

    it('refuses a formula with the fault checkFormula names, at its field', () => {
      const error = given(indicatorDecider)
        .when({ ...define, formula: { ...greenCommunes, factor: 0 } })
        .thenFails('FORMULA.FACTOR_NOT_POSITIVE');
      expect(error.field).toBe('formula.factor');
      expect(
        given(indicatorDecider)
          .when({ ...define, formula: { kind: 'ratio', numerator: { source: 'volunteers' } } as unknown as Formula })
          .thenFails('FORMULA.SOURCE_UNKNOWN').field,
      ).toBe('formula.numerator.source');
      expect(
        given(indicatorDecider)
          .when({ ...define, formula: { kind: 'count', measure: { source: 'flows', kinds: [], aggregate: 'count' } } })
          .thenFails('FORMULA.KINDS_REQUIRED').field,
      ).toBe('formula.measure.kinds');
      expect(
        given(indicatorDecider)
          .when({ ...define, formula: { ...greenCommunes, atLeast: -2 } })
          .thenFails('FORMULA.AT_LEAST_NEGATIVE').field,
      ).toBe('formula.atLeast');
    });

    it.each([
      [{ year: 2030.5, value: 1 }, 'INDICATOR.TARGET_YEAR_INVALID', 'targets.0.year'],
      [{ year: 1999, value: 1 }, 'INDICATOR.TARGET_YEAR_INVALID', 'targets.0.year'],
      [{ year: 2030, value: -1 }, 'INDICATOR.TARGET_VALUE_INVALID', 'targets.0.value'],
      [{ year: 2030, value: 1, direction: 'about' }, 'INDICATOR.TARGET_DIRECTION_UNKNOWN', 'targets.0.direction'],
    ])('refuses the target %j', (target, code, field) => {
      expect(
        given(indicatorDecider)
          .when({ ...define, targets: [target as never] })
          .thenFails(code).field,
      ).toBe(field);
    });

    it('refuses two targets for one year', () => {
      const error = given(indicatorDecider)
        .when({ ...define, targets: [...define.targets, { year: 2026, value: 1, direction: 'at-most' }] })
        .thenFails('INDICATOR.TARGET_YEAR_DUPLICATE');
      expect([error.field, error.details]).toEqual(['targets.2.year', { year: 2026 }]);
    });

    it('refuses an act with no actor or no valid time', () => {
      given(indicatorDecider)
        .when({ ...define, actorId: ' ' })
        .thenFails('REPORTING.ACTOR_REQUIRED');
      given(indicatorDecider)
        .when({ ...define, at: '2026-06-10' })
        .thenFails('REPORTING.TIME_INVALID');
    });
  });

  describe('revising', () => {
    it('makes version 2 with the whole definition again, by the reviser, the owner unit kept', () => {
      given(indicatorDecider, [defined])
        .when(revise({ formula: greenCommunes, unit: '%' }))
        .then([revised(2, { formula: greenCommunes, unit: '%' })]);
    });

    it('counts versions on: each revision is one more than the last', () => {
      const history = [defined, revised(2, { unit: 'cây xanh' }), revised(3, { unit: 'cây', nameEn: 'Trees' })];
      given(indicatorDecider, history)
        .when(revise({ targets: [{ year: 2030, value: 120000 }] }))
        .then([revised(4, { targets: [{ year: 2030, value: 120000 }] })]);
      expect(fold(indicatorDecider, history)).toMatchObject({ version: 3, content: { nameEn: 'Trees' } });
    });

    it('records nothing when the revision changes nothing (targets in another order, texts untrimmed)', () => {
      given(indicatorDecider, [defined])
        .when(revise({ targets: [...content.targets].reverse(), nameEn: ' Trees planted ' }))
        .then([]);
    });

    it('keeps the owner unit whatever the payload adds', () => {
      given(indicatorDecider, [defined])
        .when({ ...revise({ unit: 'gốc cây' }), ownerUnitId: 'tinh-ha-giang' } as ReviseIndicatorCommand)
        .then([revised(2, { unit: 'gốc cây' })]);
    });

    it('refuses a revision of an unknown indicator, a retired one, or a faulty one', () => {
      given(indicatorDecider).when(revise()).thenFails('INDICATOR.NOT_FOUND');
      given(indicatorDecider, [defined, retired(1)])
        .when(revise({ unit: 'gốc' }))
        .thenFails('INDICATOR.RETIRED');
      given(indicatorDecider, [defined])
        .when(revise({ formula: { kind: 'count', measure: { source: 'groups', state: 'dormant' } } as unknown as Formula }))
        .thenFails('FORMULA.GROUP_STATE_UNKNOWN');
      given(indicatorDecider, [defined])
        .when(revise({ nameVi: '' }))
        .thenFails('INDICATOR.TEXT_REQUIRED');
    });
  });

  describe('retiring', () => {
    it('retires the last version, repeating its definition', () => {
      const history = [defined, revised(2, { unit: 'gốc cây' })];
      given(indicatorDecider, history)
        .when(retire)
        .then([retired(2, { unit: 'gốc cây' })]);
      expect(fold(indicatorDecider, [...history, retired(2, { unit: 'gốc cây' })])).toMatchObject({
        status: 'retired',
        version: 2,
        ownerUnitId: 'tinh-lao-cai',
        content: { unit: 'gốc cây' },
      });
    });

    it('records nothing when retired again: retirement is final', () => {
      given(indicatorDecider, [defined, retired(1)])
        .when({ ...retire, reason: 'again' })
        .then([]);
    });

    it('refuses a retirement with no reason, or of an unknown indicator', () => {
      expect(
        given(indicatorDecider, [defined])
          .when({ ...retire, reason: ' ' })
          .thenFails('INDICATOR.TEXT_REQUIRED').field,
      ).toBe('reason');
      given(indicatorDecider).when(retire).thenFails('INDICATOR.NOT_FOUND');
    });
  });
});

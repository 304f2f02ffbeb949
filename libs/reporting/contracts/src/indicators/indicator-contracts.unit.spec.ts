import { checkMessage } from '@tn/shared-event-contracts';
import type { Formula } from '../engine/definition.types';
import { definitionOfEvent, INDICATOR_ERROR_CODES, indicatorCommandTypes, type IndicatorDefined, indicatorEventTypes, indicatorStreamId } from './index';

const definition = (type: string) => {
  const found = indicatorCommandTypes.find((candidate) => candidate.type === type);
  if (!found) throw new Error(`no command type ${type}`);
  return found as { streamId(payload: object): string; rights(payload: object): unknown };
};

const formula: Formula = { kind: 'count', measure: { source: 'flows', kinds: ['activity'], aggregate: 'count' } };
const defined: IndicatorDefined = {
  indicatorId: 'ind-1',
  version: 1,
  code: 'KH-01',
  nameVi: 'Số hoạt động',
  nameEn: 'Activities',
  formula,
  unit: 'hoạt động',
  targets: [{ year: 2026, value: 12, direction: 'at-least' }],
  ownerUnitId: 'u-1',
  definedBy: 'acc-1',
  definedAt: '2026-06-10T02:00:00.000Z',
};
const [definedType] = indicatorEventTypes;

describe('indicator command types', () => {
  it('defines an indicator on its new stream with write rights over the owner unit', () => {
    const payload = { indicatorId: 'ind-1', ownerUnitId: 'u-1' };
    expect(definition('DefineIndicator').streamId(payload)).toBe('indicator-ind-1');
    expect(definition('DefineIndicator').rights(payload)).toEqual({ permission: 'reporting:write', units: ['u-1'] });
  });

  it.each(['ReviseIndicator', 'RetireIndicator'])("%s acts on the indicator's stream with write rights over its owner unit", (type) => {
    expect(definition(type).streamId({ indicatorId: 'ind-1' })).toBe(indicatorStreamId('ind-1'));
    expect(definition(type).rights({ indicatorId: 'ind-1' })).toEqual({ permission: 'reporting:write', units: [], record: { kind: 'indicator', id: 'ind-1' } });
  });

  it('checks only the shape of a command: the formula is any object until the decider reads it', () => {
    const [define] = indicatorCommandTypes;
    const payload = {
      indicatorId: 'i',
      code: 'c',
      nameVi: 'v',
      nameEn: 'e',
      formula: { kind: 'sum' },
      unit: '%',
      targets: [{ year: 2030, value: 1 }],
      ownerUnitId: 'u',
    };
    expect(checkMessage(define.payload, payload)).toEqual([]);
    expect(checkMessage(define.payload, { ...payload, formula: 'x', targets: [{ year: '2030', value: 1 }] }).map((problem) => problem.field)).toEqual([
      'formula',
      'targets.0.year',
    ]);
  });

  it('lists each event type and each error code once', () => {
    const types = indicatorEventTypes.map((eventDefinition) => eventDefinition.type);
    expect(new Set(types).size).toBe(types.length);
    expect(new Set(INDICATOR_ERROR_CODES).size).toBe(INDICATOR_ERROR_CODES.length);
    expect(INDICATOR_ERROR_CODES.filter((code) => !/^(INDICATOR|FORMULA)\.[A-Z_]+$/.test(code))).toEqual([]);
  });
});

describe('indicator events', () => {
  it('takes a whole definition', () => {
    expect(checkMessage(definedType.data, defined)).toEqual([]);
  });

  it('refuses a formula checkFormula refuses, naming its fault', () => {
    const problems = checkMessage(definedType.data, { ...defined, formula: { kind: 'count', measure: { source: 'flows', kinds: [], aggregate: 'count' } } });
    expect(problems).toEqual([{ field: 'formula', problem: 'is not a formula (formula.measure.kinds must name one kind of fact or more)', missing: false }]);
  });

  it('refuses a version below 1, a year not whole and an unknown direction', () => {
    const problems = checkMessage(definedType.data, { ...defined, version: 0, targets: [{ year: 2030.5, value: 1, direction: 'about' }] });
    expect(problems.map((problem) => problem.field)).toEqual(['version', 'targets.0.year', 'targets.0.direction']);
  });

  it('gives the engine the definition an event carries, as a plan indicator', () => {
    expect(definitionOfEvent(defined)).toEqual({
      indicatorId: 'ind-1',
      version: 1,
      code: 'KH-01',
      nameVi: 'Số hoạt động',
      nameEn: 'Activities',
      formula,
      unit: 'hoạt động',
      targets: [{ year: 2026, value: 12, direction: 'at-least' }],
      origin: 'plan',
      ownerUnitId: 'u-1',
    });
  });
});

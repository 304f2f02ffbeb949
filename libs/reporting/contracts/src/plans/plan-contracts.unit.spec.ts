import { checkMessage } from '@tn/shared-event-contracts';
import { PLAN_ERROR_CODES, planCommandTypes, type PlanDrafted, planEventTypes, planStreamId, targetsForLevel } from './index';

const definition = (type: string) => {
  const found = planCommandTypes.find((candidate) => candidate.type === type);
  if (!found) throw new Error(`no command type ${type}`);
  return found as { payload: new () => object; streamId(payload: object): string; rights(payload: object): unknown };
};

const drafted: PlanDrafted = {
  planId: 'kh-lc-2530',
  ownerUnitId: 'tinh-lao-cai',
  title: 'Kế hoạch tình nguyện giai đoạn 2025–2030',
  period: { fromYear: 2025, toYear: 2030 },
  objectives: [{ objectiveId: 'mt-1', text: 'Mọi cơ sở Đoàn có hoạt động tình nguyện' }],
  indicators: [{ indicatorId: 'k1', objectiveId: 'mt-1', targets: [{ year: 2030, value: 100, direction: 'at-least', levelLabel: 'Đoàn xã' }] }],
  draftedBy: 'acc-1',
  draftedAt: '2026-06-10T02:00:00.000Z',
};

describe('plan command types', () => {
  it('drafts a plan on its new stream with write rights over the owner unit', () => {
    const payload = { planId: 'kh-1', ownerUnitId: 'u-1' };
    expect(definition('DraftPlan').streamId(payload)).toBe('plan-kh-1');
    expect(definition('DraftPlan').rights(payload)).toEqual({ permission: 'reporting:write', units: ['u-1'] });
  });

  it.each(['RevisePlan', 'PublishPlan', 'SetPlanTargets'])("%s acts on the plan's stream with write rights over its owner unit", (type) => {
    expect(definition(type).streamId({ planId: 'kh-1' })).toBe(planStreamId('kh-1'));
    expect(definition(type).rights({ planId: 'kh-1' })).toEqual({ permission: 'reporting:write', units: [], record: { kind: 'plan', id: 'kh-1' } });
  });

  it("records an adoption on the published plan's stream and opens the local plan on its own, with rights over the adopting unit", () => {
    const payload = { planId: 'kh-1', adoptingUnitId: 'xa-1', localPlanId: 'kh-1-xa-1' };
    expect(definition('AdoptPlan').streamId(payload)).toBe('plan-kh-1');
    expect(definition('OpenAdoptedPlan').streamId(payload)).toBe('plan-kh-1-xa-1');
    for (const type of ['AdoptPlan', 'OpenAdoptedPlan']) expect(definition(type).rights(payload)).toEqual({ permission: 'reporting:write', units: ['xa-1'] });
  });

  it('checks only the shape of a command: years and values as numbers, texts as strings, the meaning left to the decider', () => {
    const payload = {
      planId: 'p',
      ownerUnitId: 'u',
      title: ' ',
      period: { fromYear: 2031, toYear: 2025 },
      objectives: [],
      indicators: [{ indicatorId: 'x', targets: [{ year: 1990, value: -1, direction: 'about', levelLabel: '' }] }],
    };
    expect(checkMessage(definition('DraftPlan').payload, payload)).toEqual([]);
    const problems = checkMessage(definition('DraftPlan').payload, {
      ...payload,
      period: { fromYear: '2025' },
      indicators: [{ indicatorId: 'x', targets: [{ year: 2030 }] }],
    });
    expect(problems.map((problem) => problem.field)).toEqual(['period.fromYear', 'period.toYear', 'indicators.0.targets.0.value']);
  });

  it('lists each event type and each error code once', () => {
    const types = planEventTypes.map((eventDefinition) => eventDefinition.type);
    expect(new Set(types).size).toBe(types.length);
    expect(new Set(PLAN_ERROR_CODES).size).toBe(PLAN_ERROR_CODES.length);
    expect(PLAN_ERROR_CODES.filter((code) => !/^PLAN\.[A-Z_]+$/.test(code))).toEqual([]);
  });
});

describe('plan events', () => {
  const [draftedType] = planEventTypes;

  it('take a whole plan', () => {
    expect(checkMessage(draftedType.data, drafted)).toEqual([]);
  });

  it('refuse a year not whole, a negative value, an unknown direction and a blank level label', () => {
    const problems = checkMessage(draftedType.data, {
      ...drafted,
      period: { fromYear: 2025.5, toYear: 2030 },
      indicators: [{ indicatorId: 'k1', targets: [{ year: 2030, value: -1, direction: 'about', levelLabel: ' ' }] }],
    });
    expect(problems.map((problem) => problem.field)).toEqual([
      'period.fromYear',
      'indicators.0.targets.0.value',
      'indicators.0.targets.0.direction',
      'indicators.0.targets.0.levelLabel',
    ]);
  });
});

describe('the targets a plan sets for a unit', () => {
  const targets = [
    { year: 2025, value: 60 },
    { year: 2030, value: 80, direction: 'at-least' as const },
    { year: 2025, value: 100, levelLabel: 'Đoàn xã' },
    { year: 2027, value: 90, levelLabel: 'Đoàn xã' },
    { year: 2030, value: 95, levelLabel: 'Huyện đoàn' },
  ];

  it("takes its level's target for each year, else the subtree's, in the order of the years", () => {
    expect(targetsForLevel(targets, 'Đoàn xã')).toEqual([
      { year: 2025, value: 100 },
      { year: 2027, value: 90 },
      { year: 2030, value: 80, direction: 'at-least' },
    ]);
    expect(targetsForLevel(targets, 'Huyện đoàn')).toEqual([
      { year: 2025, value: 60 },
      { year: 2030, value: 95 },
    ]);
  });

  it("gives a unit of another level, or of no known level, the subtree's targets only", () => {
    const subtree = [
      { year: 2025, value: 60 },
      { year: 2030, value: 80, direction: 'at-least' },
    ];
    expect(targetsForLevel(targets, 'Chi đoàn')).toEqual(subtree);
    expect(targetsForLevel(targets, undefined)).toEqual(subtree);
    expect(targetsForLevel([], 'Đoàn xã')).toEqual([]);
  });
});

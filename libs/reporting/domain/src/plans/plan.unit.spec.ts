import { fold, given } from '@tn/shared-decider';
import type { AdoptPlanCommand, DraftPlanCommand, OpenAdoptedPlanCommand, PublishPlanCommand, RevisePlanCommand, SetPlanTargetsCommand } from './plan.commands';
import { planDecider } from './plan.decide';
import type { PlanEvent } from './plan.events';
import type { PlanState } from './plan.types';

const act = { today: '2026-06-10', at: '2026-06-10T02:00:00.000Z', actorId: 'acc-province' };
const later = { today: '2026-07-01', at: '2026-07-01T03:00:00.000Z', actorId: 'acc-commune' };
/** The plan indicators the route found: Lào Cai's clean-up activities and waste incidents, and one retired. */
const known = { planIndicatorStatuses: { 'lc-clean': 'active', 'lc-waste': 'active', 'lc-old': 'retired' } as const };

const everyUnitActive = { objectiveId: 'mt-1', text: 'Mọi cơ sở Đoàn có hoạt động tình nguyện' };
// Lào Cai's 2025–2030 plan: K1 for the province (60% in 2025, 80% in 2030) and 100% for every
// commune branch in 2030; clean-up activities (12 in 2026); waste incidents (at most 5 in 2030).
const draft: DraftPlanCommand = {
  type: 'DraftPlan',
  planId: 'kh-lc',
  ownerUnitId: 'tinh-lao-cai',
  title: 'Kế hoạch tình nguyện giai đoạn 2025–2030',
  period: { fromYear: 2025, toYear: 2030 },
  objectives: [everyUnitActive, { objectiveId: 'mt-2', text: 'Môi trường xanh, sạch' }],
  indicators: [
    {
      indicatorId: 'K1',
      objectiveId: 'mt-1',
      targets: [
        { year: 2030, value: 100, levelLabel: 'Đoàn xã' },
        { year: 2030, value: 80 },
        { year: 2025, value: 60 },
      ],
    },
    { indicatorId: 'lc-clean', objectiveId: 'mt-2', targets: [{ year: 2026, value: 12, direction: 'at-least' }] },
    { indicatorId: 'lc-waste', targets: [{ year: 2030, value: 5, direction: 'at-most' }] },
  ],
  ...known,
  ...act,
};
/** As decided: the programme id in its own case, targets in the order of their years. */
const k1Planned = {
  indicatorId: 'k1',
  objectiveId: 'mt-1',
  targets: [
    { year: 2025, value: 60 },
    { year: 2030, value: 80 },
    { year: 2030, value: 100, levelLabel: 'Đoàn xã' },
  ],
};
const cleanUpPlanned = { indicatorId: 'lc-clean', objectiveId: 'mt-2', targets: [{ year: 2026, value: 12, direction: 'at-least' as const }] };
const wastePlanned = { indicatorId: 'lc-waste', targets: [{ year: 2030, value: 5, direction: 'at-most' as const }] };
const content = {
  title: 'Kế hoạch tình nguyện giai đoạn 2025–2030',
  period: { fromYear: 2025, toYear: 2030 },
  objectives: draft.objectives,
  indicators: [k1Planned, cleanUpPlanned, wastePlanned],
};
const drafted: PlanEvent = {
  type: 'PlanDrafted',
  data: { planId: 'kh-lc', ownerUnitId: 'tinh-lao-cai', ...content, draftedBy: 'acc-province', draftedAt: act.at },
};
const published: PlanEvent = {
  type: 'PlanPublished',
  data: { planId: 'kh-lc', ownerUnitId: 'tinh-lao-cai', publishedBy: 'acc-province', publishedAt: act.at },
};

const revise = (changes: Partial<RevisePlanCommand> = {}): RevisePlanCommand => ({
  type: 'RevisePlan',
  planId: 'kh-lc',
  ...content,
  ...known,
  ...later,
  ...changes,
});
const publish: PublishPlanCommand = { type: 'PublishPlan', planId: 'kh-lc', ...act };

/** Tả Van, a commune under Sa Pa district under Lào Cai; Lũng Cú, a commune of Hà Giang. */
const TA_VAN = ['xa-ta-van', 'huyen-sa-pa', 'tinh-lao-cai'];
const adopt = (changes: Partial<AdoptPlanCommand> = {}): AdoptPlanCommand => ({
  type: 'AdoptPlan',
  planId: 'kh-lc',
  adoptingUnitId: 'xa-ta-van',
  localPlanId: 'kh-lc-ta-van',
  adoptingUnitLineage: TA_VAN,
  ...later,
  ...changes,
});
const adoptionRecorded = (adoptingUnitId = 'xa-ta-van', localPlanId = 'kh-lc-ta-van'): PlanEvent => ({
  type: 'PlanAdoptionRecorded',
  data: { planId: 'kh-lc', adoptingUnitId, localPlanId, adoptedBy: 'acc-commune', adoptedAt: later.at },
});

const parentOf = (history: PlanEvent[]): PlanState => fold(planDecider, history);
const open = (changes: Partial<OpenAdoptedPlanCommand> = {}): OpenAdoptedPlanCommand => ({
  type: 'OpenAdoptedPlan',
  localPlanId: 'kh-lc-ta-van',
  planId: 'kh-lc',
  adoptingUnitId: 'xa-ta-van',
  parent: parentOf([drafted, published, adoptionRecorded()]),
  adoptingLevelLabel: 'Đoàn xã',
  ...later,
  ...changes,
});
/** Tả Van's local plan: the commune's own K1 target for 2030 (100), the province's for 2025; the others as set. */
const k1Local = {
  indicatorId: 'k1',
  objectiveId: 'mt-1',
  targets: [
    { year: 2025, value: 60 },
    { year: 2030, value: 100 },
  ],
};
const localIndicators = [k1Local, cleanUpPlanned, wastePlanned];
const adopted: PlanEvent = {
  type: 'PlanAdopted',
  data: {
    planId: 'kh-lc-ta-van',
    ownerUnitId: 'xa-ta-van',
    title: content.title,
    period: content.period,
    objectives: content.objectives,
    indicators: localIndicators,
    parentPlanId: 'kh-lc',
    parentOwnerUnitId: 'tinh-lao-cai',
    levelLabel: 'Đoàn xã',
    adoptedBy: 'acc-commune',
    adoptedAt: later.at,
  },
};
const setTargets = (changes: Partial<SetPlanTargetsCommand> = {}): SetPlanTargetsCommand => ({
  type: 'SetPlanTargets',
  planId: 'kh-lc-ta-van',
  indicatorId: 'lc-clean',
  targets: [{ year: 2026, value: 15 }],
  ...later,
  ...changes,
});
const targetsSet = (indicatorId: string, targets: object[]): PlanEvent => ({
  type: 'PlanTargetsSet',
  data: { planId: 'kh-lc-ta-van', ownerUnitId: 'xa-ta-van', indicatorId, targets, setBy: 'acc-commune', setAt: later.at } as never,
});

describe('plan decider', () => {
  describe('drafting', () => {
    it("drafts the owner unit's plan by the actor at the server's time, programme ids in their own case, targets in the order of their years", () => {
      given(planDecider).when(draft).then([drafted]);
      expect(fold(planDecider, [drafted])).toEqual({ status: 'draft', planId: 'kh-lc', ownerUnitId: 'tinh-lao-cai', content, adoptions: {} });
    });

    it('trims the texts it keeps, and takes a plan for one year', () => {
      const [event] = given(planDecider)
        .when({
          ...draft,
          title: ' Kế hoạch năm 2026 ',
          period: { fromYear: 2026, toYear: 2026 },
          objectives: [{ objectiveId: 'mt-1', text: ' Mọi xã có hoạt động ' }],
          indicators: [{ indicatorId: 'k1', objectiveId: 'mt-1', targets: [{ year: 2026, value: 100, levelLabel: ' Đoàn xã ' }] }],
        })
        .then([
          {
            type: 'PlanDrafted',
            data: {
              planId: 'kh-lc',
              ownerUnitId: 'tinh-lao-cai',
              title: 'Kế hoạch năm 2026',
              period: { fromYear: 2026, toYear: 2026 },
              objectives: [{ objectiveId: 'mt-1', text: 'Mọi xã có hoạt động' }],
              indicators: [{ indicatorId: 'k1', objectiveId: 'mt-1', targets: [{ year: 2026, value: 100, levelLabel: 'Đoàn xã' }] }],
              draftedBy: 'acc-province',
              draftedAt: act.at,
            },
          },
        ]);
      expect(event?.type).toBe('PlanDrafted');
    });

    it('drafts a plan once: the id is then taken', () => {
      expect(given(planDecider, [drafted]).when(draft).thenFails('PLAN.ALREADY_EXISTS').details).toEqual({ planId: 'kh-lc' });
    });

    it.each([
      ['title', { title: '  ' }],
      ['objectives.1.text', { objectives: [everyUnitActive, { objectiveId: 'mt-2', text: '' }] }],
      ['indicators.0.targets.0.levelLabel', { indicators: [{ indicatorId: 'k1', targets: [{ year: 2030, value: 1, levelLabel: ' ' }] }] }],
    ])('refuses a blank %s', (field, change) => {
      expect(
        given(planDecider)
          .when({ ...draft, ...change })
          .thenFails('PLAN.TEXT_REQUIRED').field,
      ).toBe(field);
    });

    it.each([
      ['period.toYear', { fromYear: 2030, toYear: 2025 }],
      ['period.fromYear', { fromYear: 2025.5, toYear: 2030 }],
      ['period.fromYear', { fromYear: 1999, toYear: 2030 }],
      ['period.toYear', { fromYear: 2025, toYear: 2101 }],
    ])('refuses a period that is not whole years from 2000 to 2100, the first not after the last (%s)', (field, period) => {
      const error = given(planDecider)
        .when({ ...draft, period })
        .thenFails('PLAN.PERIOD_INVALID');
      expect([error.field, error.details]).toEqual([field, period]);
    });

    it('refuses an objective listed twice, and an indicator filed under an objective the plan does not have', () => {
      expect(
        given(planDecider)
          .when({ ...draft, objectives: [...draft.objectives, { objectiveId: 'mt-1', text: 'Lặp lại' }] })
          .thenFails('PLAN.OBJECTIVE_DUPLICATE').field,
      ).toBe('objectives.2.objectiveId');
      const error = given(planDecider)
        .when({ ...draft, indicators: [{ indicatorId: 'k2', objectiveId: 'mt-9', targets: [] }] })
        .thenFails('PLAN.OBJECTIVE_UNKNOWN');
      expect([error.field, error.details]).toEqual(['indicators.0.objectiveId', { objectiveId: 'mt-9' }]);
    });

    it('refuses an indicator that is neither a programme indicator nor one the service knows', () => {
      const error = given(planDecider)
        .when({ ...draft, indicators: [{ indicatorId: 'k6', targets: [] }] })
        .thenFails('PLAN.INDICATOR_UNKNOWN');
      expect([error.field, error.details]).toEqual(['indicators.0.indicatorId', { indicatorId: 'k6' }]);
    });

    it('refuses a retired plan indicator', () => {
      const error = given(planDecider)
        .when({ ...draft, indicators: [{ indicatorId: 'lc-old', targets: [] }] })
        .thenFails('PLAN.INDICATOR_RETIRED');
      expect(error.details).toEqual({ indicatorId: 'lc-old' });
    });

    it('refuses an indicator listed twice, whatever the case of a programme id', () => {
      const error = given(planDecider)
        .when({ ...draft, indicators: [...draft.indicators, { indicatorId: 'k1', targets: [] }] })
        .thenFails('PLAN.INDICATOR_DUPLICATE');
      expect([error.field, error.details]).toEqual(['indicators.3.indicatorId', { indicatorId: 'k1' }]);
    });

    it.each([
      [{ year: 2031, value: 1 }, 'PLAN.TARGET_YEAR_OUTSIDE_PERIOD', 'indicators.0.targets.0.year'],
      [{ year: 2024, value: 1 }, 'PLAN.TARGET_YEAR_OUTSIDE_PERIOD', 'indicators.0.targets.0.year'],
      [{ year: 2026.5, value: 1 }, 'PLAN.TARGET_YEAR_OUTSIDE_PERIOD', 'indicators.0.targets.0.year'],
      [{ year: 2030, value: -1 }, 'PLAN.TARGET_VALUE_INVALID', 'indicators.0.targets.0.value'],
      [{ year: 2030, value: 1, direction: 'about' }, 'PLAN.TARGET_DIRECTION_UNKNOWN', 'indicators.0.targets.0.direction'],
    ])('refuses the target %j', (target, code, field) => {
      expect(
        given(planDecider)
          .when({ ...draft, indicators: [{ indicatorId: 'k1', targets: [target as never] }] })
          .thenFails(code).field,
      ).toBe(field);
    });

    it('names the period a target year must lie in', () => {
      const error = given(planDecider)
        .when({ ...draft, indicators: [{ indicatorId: 'k1', targets: [{ year: 2031, value: 1 }] }] })
        .thenFails('PLAN.TARGET_YEAR_OUTSIDE_PERIOD');
      expect(error.details).toEqual({ year: 2031, fromYear: 2025, toYear: 2030 });
    });

    it('takes one target per year and level: a subtree target and a level target for one year, not two of either', () => {
      const twice = (levelLabel?: string) =>
        given(planDecider)
          .when({
            ...draft,
            indicators: [
              {
                indicatorId: 'k1',
                targets: [
                  { year: 2030, value: 80, ...(levelLabel ? { levelLabel } : {}) },
                  { year: 2030, value: 90, ...(levelLabel ? { levelLabel } : {}) },
                ],
              },
            ],
          })
          .thenFails('PLAN.TARGET_DUPLICATE');
      expect([twice().field, twice().details]).toEqual(['indicators.0.targets.1.year', { year: 2030 }]);
      expect(twice('Đoàn xã').details).toEqual({ year: 2030, levelLabel: 'Đoàn xã' });
    });

    it('refuses an act with no actor or no valid time', () => {
      given(planDecider)
        .when({ ...draft, actorId: '' })
        .thenFails('REPORTING.ACTOR_REQUIRED');
      given(planDecider)
        .when({ ...draft, at: 'yesterday' })
        .thenFails('REPORTING.TIME_INVALID');
    });
  });

  describe('revising', () => {
    it('takes the whole content again while a draft, by the reviser, the owner unit kept', () => {
      const objectives = [{ objectiveId: 'mt-1', text: 'Mọi cơ sở Đoàn có hoạt động tình nguyện' }];
      const indicators = [{ indicatorId: 'k1', objectiveId: 'mt-1', targets: [{ year: 2030, value: 90 }] }];
      given(planDecider, [drafted])
        .when({ ...revise({ objectives, indicators }), ownerUnitId: 'tinh-ha-giang' } as RevisePlanCommand)
        .then([
          {
            type: 'PlanRevised',
            data: { planId: 'kh-lc', ownerUnitId: 'tinh-lao-cai', ...content, objectives, indicators, revisedBy: 'acc-commune', revisedAt: later.at },
          },
        ]);
    });

    it('records nothing when the revision changes nothing (targets in another order, texts untrimmed)', () => {
      given(planDecider, [drafted])
        .when(
          revise({
            title: ` ${content.title} `,
            indicators: [{ ...k1Planned, targets: [...k1Planned.targets].reverse() }, cleanUpPlanned, wastePlanned],
          }),
        )
        .then([]);
    });

    it('refuses an unknown plan, a published one, and a retired indicator', () => {
      given(planDecider).when(revise()).thenFails('PLAN.NOT_FOUND');
      expect(given(planDecider, [drafted, published]).when(revise()).thenFails('PLAN.NOT_DRAFT').details).toEqual({ planId: 'kh-lc', status: 'published' });
      given(planDecider, [drafted])
        .when(revise({ indicators: [{ indicatorId: 'lc-old', targets: [] }] }))
        .thenFails('PLAN.INDICATOR_RETIRED');
    });
  });

  describe('publishing', () => {
    it('publishes a draft, once', () => {
      given(planDecider, [drafted]).when(publish).then([published]);
      given(planDecider, [drafted, published]).when(publish).then([]);
      expect(fold(planDecider, [drafted, published]).status).toBe('published');
    });

    it('refuses a plan with no indicator, an unknown plan and an adopted one', () => {
      const empty = { ...drafted, data: { ...drafted.data, indicators: [] } } as PlanEvent;
      given(planDecider, [empty]).when(publish).thenFails('PLAN.INDICATORS_REQUIRED');
      given(planDecider).when(publish).thenFails('PLAN.NOT_FOUND');
      given(planDecider, [adopted])
        .when({ ...publish, planId: 'kh-lc-ta-van' })
        .thenFails('PLAN.NOT_DRAFT');
    });
  });

  describe('adopting (on the published plan)', () => {
    it('records the adopting unit and its local plan, by the actor', () => {
      given(planDecider, [drafted, published]).when(adopt()).then([adoptionRecorded()]);
      expect(fold(planDecider, [drafted, published, adoptionRecorded()]).adoptions).toEqual({ 'xa-ta-van': 'kh-lc-ta-van' });
    });

    it('takes a unit anywhere below the owner, a district as a commune', () => {
      given(planDecider, [drafted, published])
        .when(adopt({ adoptingUnitId: 'huyen-sa-pa', localPlanId: 'kh-sa-pa', adoptingUnitLineage: ['huyen-sa-pa', 'tinh-lao-cai'] }))
        .then([adoptionRecorded('huyen-sa-pa', 'kh-sa-pa')]);
    });

    it('records nothing when the same adoption comes again (a retried command)', () => {
      given(planDecider, [drafted, published, adoptionRecorded()]).when(adopt()).then([]);
    });

    it('takes one adoption per unit', () => {
      const error = given(planDecider, [drafted, published, adoptionRecorded()])
        .when(adopt({ localPlanId: 'kh-khac' }))
        .thenFails('PLAN.ALREADY_ADOPTED');
      expect(error.details).toEqual({ unitId: 'xa-ta-van', localPlanId: 'kh-lc-ta-van' });
    });

    it('answers a unit outside the owner’s subtree, or one the hierarchy does not know, as a plan that is not theirs', () => {
      for (const lineage of [['xa-lung-cu', 'tinh-ha-giang'], []]) {
        const error = given(planDecider, [drafted, published])
          .when(adopt({ adoptingUnitId: 'xa-lung-cu', adoptingUnitLineage: lineage }))
          .thenFails('FORBIDDEN');
        expect([error.kind, error.details]).toEqual(['forbidden', { planId: 'kh-lc', unitId: 'xa-lung-cu' }]);
      }
    });

    it('refuses the owner adopting its own plan', () => {
      const error = given(planDecider, [drafted, published])
        .when(adopt({ adoptingUnitId: 'tinh-lao-cai', adoptingUnitLineage: ['tinh-lao-cai'] }))
        .thenFails('PLAN.ADOPTER_IS_OWNER');
      expect(error.details).toEqual({ unitId: 'tinh-lao-cai' });
    });

    it('refuses a draft, an unknown plan and a local plan', () => {
      given(planDecider, [drafted]).when(adopt()).thenFails('PLAN.NOT_PUBLISHED');
      given(planDecider).when(adopt()).thenFails('PLAN.NOT_FOUND');
      given(planDecider, [adopted])
        .when(adopt({ planId: 'kh-lc-ta-van', adoptingUnitId: 'thon-1', adoptingUnitLineage: ['thon-1', 'xa-ta-van'] }))
        .thenFails('PLAN.NOT_PUBLISHED');
    });

    it("refuses once the plan's last year is over on the server's today", () => {
      given(planDecider, [drafted, published])
        .when(adopt({ today: '2030-12-31' }))
        .then([adoptionRecorded()]);
      expect(
        given(planDecider, [drafted, published])
          .when(adopt({ today: '2031-01-01' }))
          .thenFails('PLAN.ENDED').details,
      ).toEqual({ planId: 'kh-lc', toYear: 2030 });
    });

    it("refuses a local plan id that is the published plan's own", () => {
      expect(
        given(planDecider, [drafted, published])
          .when(adopt({ localPlanId: 'kh-lc' }))
          .thenFails('PLAN.ALREADY_EXISTS').field,
      ).toBe('localPlanId');
    });
  });

  describe('opening the adopted plan (on its own stream)', () => {
    it("copies the plan with the targets for the unit's level, else the subtree's, owned by the adopting unit", () => {
      given(planDecider).when(open()).then([adopted]);
      expect(fold(planDecider, [adopted])).toMatchObject({
        status: 'adopted',
        ownerUnitId: 'xa-ta-van',
        parentPlanId: 'kh-lc',
        parentTargets: { k1: k1Local.targets, 'lc-clean': cleanUpPlanned.targets },
      });
    });

    it("gives a unit of a level the plan sets nothing for (or of no known level) the subtree's targets", () => {
      const parent = parentOf([drafted, published, adoptionRecorded('huyen-sa-pa', 'kh-sa-pa')]);
      const { levelLabel: _commune, ...data } = adopted.data as Extract<PlanEvent, { type: 'PlanAdopted' }>['data'];
      const k1ForTheSubtree = {
        ...k1Local,
        targets: [
          { year: 2025, value: 60 },
          { year: 2030, value: 80 },
        ],
      };
      const district = { ...data, planId: 'kh-sa-pa', ownerUnitId: 'huyen-sa-pa', indicators: [k1ForTheSubtree, cleanUpPlanned, wastePlanned] };
      given(planDecider)
        .when(open({ localPlanId: 'kh-sa-pa', adoptingUnitId: 'huyen-sa-pa', parent, adoptingLevelLabel: undefined }))
        .then([{ type: 'PlanAdopted', data: district }]);
      given(planDecider)
        .when(open({ localPlanId: 'kh-sa-pa', adoptingUnitId: 'huyen-sa-pa', parent, adoptingLevelLabel: 'Huyện đoàn' }))
        .then([{ type: 'PlanAdopted', data: { ...district, levelLabel: 'Huyện đoàn' } }]);
    });

    it('records nothing when opened again', () => {
      given(planDecider, [adopted]).when(open()).then([]);
    });

    it('opens only the local plan the published plan recorded for the unit', () => {
      for (const command of [
        open({ localPlanId: 'kh-khac' }),
        open({ parent: parentOf([drafted, published]) }),
        open({ parent: parentOf([]) }),
        open({ adoptingUnitId: 'xa-lao-chai' }),
      ]) {
        given(planDecider).when(command).thenFails('PLAN.ADOPTION_NOT_RECORDED');
      }
    });

    it('refuses a stream another plan holds', () => {
      given(planDecider, [drafted])
        .when(open({ localPlanId: 'kh-lc' }))
        .thenFails('PLAN.ALREADY_EXISTS');
    });
  });

  describe('setting an adopted plan’s targets', () => {
    it('raises an at-least target and adds a year the parent set nothing for', () => {
      const targets = [
        { year: 2026, value: 15 },
        { year: 2028, value: 20 },
      ];
      given(planDecider, [adopted])
        .when(setTargets({ targets: [...targets].reverse() }))
        .then([targetsSet('lc-clean', targets)]);
      const state = fold(planDecider, [adopted, targetsSet('lc-clean', targets)]);
      expect(state.content?.indicators[1]?.targets).toEqual(targets);
      expect(state.parentTargets?.['lc-clean']).toEqual([{ year: 2026, value: 12, direction: 'at-least' }]);
    });

    it('lowers an at-most target, and takes a programme id in any case', () => {
      given(planDecider, [adopted])
        .when(setTargets({ indicatorId: 'lc-waste', targets: [{ year: 2030, value: 3, direction: 'at-most' }] }))
        .then([targetsSet('lc-waste', [{ year: 2030, value: 3, direction: 'at-most' }])]);
      given(planDecider, [adopted])
        .when(
          setTargets({
            indicatorId: 'K1',
            targets: [
              { year: 2025, value: 70 },
              { year: 2030, value: 100 },
            ],
          }),
        )
        .then([
          targetsSet('k1', [
            { year: 2025, value: 70 },
            { year: 2030, value: 100 },
          ]),
        ]);
    });

    it('records nothing when the targets are the same', () => {
      given(planDecider, [adopted])
        .when(setTargets({ targets: [{ year: 2026, value: 12, direction: 'at-least' }] }))
        .then([]);
    });

    it("refuses an at-least target below the parent's, even after raising it", () => {
      const error = given(planDecider, [adopted])
        .when(setTargets({ targets: [{ year: 2026, value: 10 }] }))
        .thenFails('PLAN.TARGET_BELOW_PARENT');
      expect([error.field, error.details]).toEqual(['targets.0.value', { year: 2026, parentValue: 12 }]);
      given(planDecider, [adopted, targetsSet('lc-clean', [{ year: 2026, value: 15 }])])
        .when(setTargets({ targets: [{ year: 2026, value: 11 }] }))
        .thenFails('PLAN.TARGET_BELOW_PARENT');
    });

    it("refuses an at-most target above the parent's", () => {
      const error = given(planDecider, [adopted])
        .when(setTargets({ indicatorId: 'lc-waste', targets: [{ year: 2030, value: 6, direction: 'at-most' }] }))
        .thenFails('PLAN.TARGET_ABOVE_PARENT');
      expect(error.details).toEqual({ year: 2030, parentValue: 5 });
    });

    it('refuses dropping a year the parent set, or turning its direction', () => {
      expect(
        given(planDecider, [adopted])
          .when(setTargets({ indicatorId: 'k1', targets: [{ year: 2030, value: 100 }] }))
          .thenFails('PLAN.PARENT_TARGET_REQUIRED').details,
      ).toEqual({ year: 2025, parentValue: 60 });
      const error = given(planDecider, [adopted])
        .when(setTargets({ indicatorId: 'lc-waste', targets: [{ year: 2030, value: 50 }] }))
        .thenFails('PLAN.TARGET_DIRECTION_FIXED');
      expect([error.field, error.details]).toEqual(['targets.0.direction', { year: 2030, direction: 'at-most' }]);
    });

    it("refuses a target outside the plan's period, or an invalid one", () => {
      given(planDecider, [adopted])
        .when(
          setTargets({
            targets: [
              { year: 2026, value: 12 },
              { year: 2032, value: 30 },
            ],
          }),
        )
        .thenFails('PLAN.TARGET_YEAR_OUTSIDE_PERIOD');
      given(planDecider, [adopted])
        .when(setTargets({ targets: [{ year: 2026, value: Number.NaN }] }))
        .thenFails('PLAN.TARGET_VALUE_INVALID');
    });

    it('refuses an indicator the plan does not have, a plan of its own unit, and an unknown plan', () => {
      expect(
        given(planDecider, [adopted])
          .when(setTargets({ indicatorId: 'k2' }))
          .thenFails('PLAN.INDICATOR_NOT_IN_PLAN').details,
      ).toEqual({ indicatorId: 'k2' });
      given(planDecider, [drafted, published])
        .when(setTargets({ planId: 'kh-lc' }))
        .thenFails('PLAN.NOT_ADOPTED');
      given(planDecider).when(setTargets()).thenFails('PLAN.NOT_FOUND');
    });
  });
});

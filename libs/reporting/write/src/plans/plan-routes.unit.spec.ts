import { indicatorStreamId, planStreamId } from '@tn/reporting-contracts';
import { ISSUED_AT, reportingWorld } from '../reporting.test-fixtures';

const cleanUp = {
  indicatorId: 'lc-clean',
  code: 'LC-02',
  nameVi: 'Số hoạt động làm sạch môi trường',
  nameEn: 'Clean-up activities',
  formula: { kind: 'count', measure: { source: 'flows', kinds: ['activity'], aggregate: 'count' } },
  unit: 'hoạt động',
  targets: [],
  ownerUnitId: 'tinh-lao-cai',
};

/** Lào Cai's 2025–2030 plan: K1 80% for the province and 100% for each commune branch in 2030; 12 clean-ups in 2026. */
const plan = {
  planId: 'kh-lc',
  ownerUnitId: 'tinh-lao-cai',
  title: 'Kế hoạch tình nguyện 2025–2030',
  period: { fromYear: 2025, toYear: 2030 },
  objectives: [{ objectiveId: 'mt-1', text: 'Mọi cơ sở Đoàn có hoạt động tình nguyện' }],
  indicators: [
    {
      indicatorId: 'k1',
      objectiveId: 'mt-1',
      targets: [
        { year: 2030, value: 80 },
        { year: 2030, value: 100, levelLabel: 'Đoàn xã' },
      ],
    },
    { indicatorId: 'lc-clean', targets: [{ year: 2026, value: 12 }] },
  ],
};

/** The plan drafted (its indicator defined first) and published. */
async function publishedPlan(world = reportingWorld()) {
  await world.send('DefineIndicator', cleanUp);
  await world.send('DraftPlan', { ...plan, draftedBy: 'someone', draftedAt: '2020-01-01T00:00:00Z' });
  await world.send('PublishPlan', { planId: 'kh-lc' });
  return world;
}

/** Both steps of an adoption, as the gateway sends them. */
async function adoptAs(world: ReturnType<typeof reportingWorld>, adoptingUnitId: string, localPlanId: string, actorId = 'manager-2', at = ISSUED_AT) {
  await world.send('AdoptPlan', { planId: 'kh-lc', adoptingUnitId, localPlanId }, actorId, at);
  await world.send('OpenAdoptedPlan', { localPlanId, planId: 'kh-lc', adoptingUnitId }, actorId, at);
}

describe('plan routes', () => {
  it('routes every plan command to the plan stream', () => {
    expect(
      reportingWorld()
        .routes.filter((route) => route.streamType === 'plan')
        .map((route) => route.definition.type),
    ).toEqual(['DraftPlan', 'RevisePlan', 'PublishPlan', 'AdoptPlan', 'OpenAdoptedPlan', 'SetPlanTargets']);
  });

  it("drafts and publishes by the actor at the server's time, whatever the payload says", async () => {
    const world = await publishedPlan();
    const events = world.store.eventsOf(planStreamId('kh-lc'));
    expect(events.map((event) => event.type)).toEqual(['PlanDrafted', 'PlanPublished']);
    expect(events[0]?.data).toMatchObject({ ownerUnitId: 'tinh-lao-cai', draftedBy: 'manager-1', draftedAt: ISSUED_AT });
    expect(await world.lookups.recordOf('plan', 'kh-lc', '2026-06-01')).toMatchObject({ status: 'published', ownerUnitId: 'tinh-lao-cai' });
  });

  it('looks up each plan indicator on its own stream: an unknown one or a retired one is refused before anything is stored', async () => {
    const world = reportingWorld();
    await expect(world.send('DraftPlan', plan)).rejects.toMatchObject({ code: 'PLAN.INDICATOR_UNKNOWN', field: 'indicators.1.indicatorId' });
    await world.send('DefineIndicator', cleanUp);
    await world.send('RetireIndicator', { indicatorId: 'lc-clean', reason: 'Gộp vào chỉ tiêu chung' });
    expect(world.store.eventsOf(indicatorStreamId('lc-clean')).map((event) => event.type)).toEqual(['IndicatorDefined', 'IndicatorRetired']);
    await expect(world.send('DraftPlan', plan)).rejects.toMatchObject({ code: 'PLAN.INDICATOR_RETIRED' });
    expect(world.store.eventsOf(planStreamId('kh-lc'))).toEqual([]);
  });

  it("records the adoption on the published plan and opens the commune's local plan with the commune's targets", async () => {
    const world = await publishedPlan();
    await adoptAs(world, 'xa-ta-van', 'kh-ta-van');
    expect(world.store.eventsOf(planStreamId('kh-lc')).at(-1)).toMatchObject({
      type: 'PlanAdoptionRecorded',
      data: { adoptingUnitId: 'xa-ta-van', localPlanId: 'kh-ta-van', adoptedBy: 'manager-2', adoptedAt: ISSUED_AT },
    });
    const [opened] = world.store.eventsOf(planStreamId('kh-ta-van'));
    expect(opened).toMatchObject({ type: 'PlanAdopted', data: { ownerUnitId: 'xa-ta-van', parentPlanId: 'kh-lc', levelLabel: 'Đoàn xã' } });
    expect(opened?.data['indicators']).toEqual([
      { indicatorId: 'k1', objectiveId: 'mt-1', targets: [{ year: 2030, value: 100 }] },
      { indicatorId: 'lc-clean', targets: [{ year: 2026, value: 12 }] },
    ]);
    expect(await world.lookups.recordOf('plan', 'kh-ta-van', '2026-06-01')).toMatchObject({ status: 'adopted', ownerUnitId: 'xa-ta-van' });
  });

  it("gives a district the province's subtree targets", async () => {
    const world = await publishedPlan();
    await adoptAs(world, 'huyen-sa-pa', 'kh-sa-pa');
    const [opened] = world.store.eventsOf(planStreamId('kh-sa-pa'));
    expect(opened?.data).toMatchObject({ levelLabel: 'Huyện đoàn', indicators: [{ indicatorId: 'k1', targets: [{ year: 2030, value: 80 }] }, {}] });
  });

  it("lets the adopting unit raise its targets, never below the parent's", async () => {
    const world = await publishedPlan();
    await adoptAs(world, 'xa-ta-van', 'kh-ta-van');
    await world.send('SetPlanTargets', { planId: 'kh-ta-van', indicatorId: 'lc-clean', targets: [{ year: 2026, value: 20 }] }, 'manager-2');
    await expect(
      world.send('SetPlanTargets', { planId: 'kh-ta-van', indicatorId: 'lc-clean', targets: [{ year: 2026, value: 10 }] }, 'manager-2'),
    ).rejects.toMatchObject({ code: 'PLAN.TARGET_BELOW_PARENT', details: { year: 2026, parentValue: 12 } });
    expect(world.store.eventsOf(planStreamId('kh-ta-van')).map((event) => [event.type, event.data['setBy']])).toEqual([
      ['PlanAdopted', undefined],
      ['PlanTargetsSet', 'manager-2'],
    ]);
  });

  it("decides below-the-owner on the server's today, in this service's copy of the hierarchy", async () => {
    const world = await publishedPlan(
      reportingWorld({
        'xa-ta-van': ['xa-ta-van', 'huyen-sa-pa', 'tinh-lao-cai'],
        'tinh-lao-cai': ['tinh-lao-cai'],
        'xa-lung-cu': ['xa-lung-cu', 'tinh-ha-giang'],
      }),
    );
    await expect(world.send('AdoptPlan', { planId: 'kh-lc', adoptingUnitId: 'xa-lung-cu', localPlanId: 'kh-lung-cu' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      kind: 'forbidden',
    });
    await expect(
      world.send('AdoptPlan', { planId: 'kh-lc', adoptingUnitId: 'xa-ta-van', localPlanId: 'kh-ta-van' }, 'm', '2031-01-01T02:00:00.000Z'),
    ).rejects.toMatchObject({ code: 'PLAN.ENDED' });
    expect(world.store.eventsOf(planStreamId('kh-lc')).map((event) => event.type)).toEqual(['PlanDrafted', 'PlanPublished']);
  });

  it('opens only the local plan the published plan recorded for the unit', async () => {
    const world = await publishedPlan();
    await expect(world.send('OpenAdoptedPlan', { localPlanId: 'kh-ta-van', planId: 'kh-lc', adoptingUnitId: 'xa-ta-van' })).rejects.toMatchObject({
      code: 'PLAN.ADOPTION_NOT_RECORDED',
    });
    expect(world.store.eventsOf(planStreamId('kh-ta-van'))).toEqual([]);
  });
});

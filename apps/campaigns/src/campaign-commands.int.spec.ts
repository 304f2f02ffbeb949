import { randomUUID } from 'node:crypto';
import type { CommandReply } from '@tn/shared-event-contracts';
import { CommandClient } from '@tn/shared-event-sourcing-nest';
import { type Grant, signAccessToken } from '@tn/shared-auth';
import { isolatedSuite, type RunningService, startServiceUnderTest, TEST_AUTH_TOKEN_SECRET, waitUntilReady } from '@tn/shared-testing';
import { CAMPAIGNS_CONTEXT } from '@tn/campaigns-contracts';
import { campaignsService } from './app.module';
import { registryHierarchyPublisher, unitCreated } from './registry-hierarchy.test-fixtures';

// The campaigns write side through its real entry point: commands over Kafka request/reply.
describe('campaigns commands (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('campaigns commands');
  let campaigns: RunningService;
  let client: CommandClient;
  const prefix = randomUUID().slice(0, 8);
  const context = `${suite.topicPrefix}${CAMPAIGNS_CONTEXT}`;
  const id = (name: string) => `${prefix}-${name}`;
  const commune = id('ta-van');

  beforeAll(async () => {
    // The commune exists in the registry's hierarchy (grants are checked over it).
    const registry = registryHierarchyPublisher(suite.kafkaBrokers, suite.topicPrefix);
    await registry.publish(unitCreated(id('lao-cai'), null), unitCreated(commune, id('lao-cai')));
    await registry.close();
    campaigns = await startServiceUnderTest(campaignsService, { MONGO_DATABASE: suite.databaseName, KAFKA_TOPIC_PREFIX: suite.topicPrefix });
    await waitUntilReady(campaigns.baseUrl);
    client = new CommandClient([context], { clientId: 'campaigns-test', brokers: suite.kafkaBrokers, replyGroupId: `${suite.topicPrefix}replies` });
    await client.connect();
  }, 90_000);
  afterAll(async () => {
    await client?.close();
    await campaigns?.stop();
    await suite.cleanUp();
  });

  const tokenOf = (sub: string, grants: Grant[]) => signAccessToken({ sub, sid: 's1', kind: 'cadre', grants }, Buffer.from(TEST_AUTH_TOKEN_SECRET, 'base64'), new Date(), 600);
  const manager = { id: 'manager-ta-van', token: tokenOf('manager-ta-van', [{ role: 'unit-manager', unitId: commune }]) };
  const send = (type: string, payload: Record<string, unknown>, actor = manager): Promise<CommandReply> =>
    client.send(context, { type, payload, actor: { kind: 'account', id: actor.id }, credentials: actor.token });

  const summer = {
    name: 'Chiến dịch Thanh niên tình nguyện hè 2026',
    kind: 'peak',
    peakTemplate: 'summer-volunteer',
    domains: ['new-rural-construction', 'environment-climate-change'],
    startsOn: '2026-06-01',
    endsOn: '2026-08-31',
    goals: [{ measure: 'rural-road-km', target: 2 }],
    initiator: 'union',
  };
  const activity = (name: string) => ({
    activityId: id(name),
    profile: {
      name: `Hoạt động ${name}`,
      campaignId: id('summer'),
      organiserUnitId: commune,
      domains: ['new-rural-construction'],
      location: { unitId: commune, site: 'Thôn 3', flags: { ethnicMinority: true, mountainous: true, border: false, island: false } },
      responsibleCadreId: 'cadre-1',
      initiator: 'union',
    },
    proposedOn: '2026-06-02',
  });

  it('launches a summer campaign in a commune and takes an activity through its lifecycle; completing one that never started is refused', async () => {
    expect(await send('LaunchCampaign', { campaignId: id('summer'), organiserUnitId: commune, definition: summer, launchedOn: '2026-05-20' })).toMatchObject({
      ok: true,
      eventTypes: ['CampaignLaunched'],
    });
    expect(await send('ProposeActivity', activity('road'))).toMatchObject({ ok: true, eventTypes: ['ActivityProposed'] });
    expect(await send('PlanActivity', { activityId: id('road'), startsOn: '2026-07-01', endsOn: '2026-07-03', plannedOn: '2026-06-05' })).toMatchObject({ ok: true });
    expect(await send('PrepareActivity', { activityId: id('road'), preparedOn: '2026-06-20' })).toMatchObject({ ok: true });
    expect(await send('StartActivity', { activityId: id('road'), startedAt: '2026-07-01T07:00:00+07:00' })).toMatchObject({ ok: true });
    expect(await send('CompleteActivity', { activityId: id('road'), completedAt: '2026-07-03T17:00:00+07:00' })).toMatchObject({
      ok: true,
      version: 5,
      eventTypes: ['ActivityCompleted'],
    });

    expect(await send('ProposeActivity', activity('trees'))).toMatchObject({ ok: true });
    expect(await send('CompleteActivity', { activityId: id('trees'), completedAt: '2026-07-03T17:00:00+07:00' })).toMatchObject({
      ok: false,
      error: { kind: 'illegal-state', code: 'ACTIVITY.NOT_STARTED' },
    });
    expect(await send('PlanActivity', { activityId: id('trees'), startsOn: '2026-07-01', plannedOn: '2026-06-05' })).toMatchObject({
      ok: false,
      error: { kind: 'validation', code: 'COMMAND.FIELD_REQUIRED', field: 'endsOn' },
    });
  }, 60_000);

  it('confirms 15 of 20 sign-ups for a shift of 15, waitlists 5, and promotes the first waitlisted when one cancels', async () => {
    expect(await send('ProposeActivity', activity('cleanup'))).toMatchObject({ ok: true });
    expect(
      await send('ScheduleShift', {
        shiftId: id('shift-1'),
        activityId: id('cleanup'),
        role: { roleId: 'cleaner', name: 'Dọn vệ sinh' },
        startsAt: '2026-07-05T07:00:00+07:00',
        endsAt: '2026-07-05T11:00:00+07:00',
        capacity: 15,
        waitlist: true,
      }),
    ).toMatchObject({ ok: true, eventTypes: ['ShiftScheduled'] });

    const placed: string[] = [];
    for (let n = 1; n <= 20; n += 1) {
      const reply = await send('SignUpForShift', {
        shiftId: id('shift-1'),
        volunteerId: `volunteer-${n}`,
        volunteer: { skills: [], ageOnShiftDate: 20, hasGuardianConsent: false },
        signedUpAt: `2026-06-20T10:${String(n).padStart(2, '0')}:00+07:00`,
      });
      expect(reply.ok).toBe(true);
      if (reply.ok) placed.push(...reply.eventTypes);
    }
    expect(placed.filter((type) => type === 'SignUpConfirmed')).toHaveLength(15);
    expect(placed.filter((type) => type === 'SignUpWaitlisted')).toHaveLength(5);
    expect(placed.slice(15)).toEqual(Array(5).fill('SignUpWaitlisted'));

    expect(await send('CancelSignUp', { shiftId: id('shift-1'), volunteerId: 'volunteer-3', cancelledAt: '2026-06-25T09:00:00+07:00', reason: 'ốm' })).toMatchObject({
      ok: true,
      eventTypes: ['SignUpCancelled', 'WaitlistPromoted'],
    });
  }, 120_000);

  it("refuses the token of another unit's manager, for the units a command names and for the activity's organiser", async () => {
    const stranger = { id: 'manager-lao-chai', token: tokenOf('manager-lao-chai', [{ role: 'unit-manager', unitId: id('lao-chai') }]) };
    expect(await send('LaunchCampaign', { campaignId: id('intruder'), organiserUnitId: commune, definition: summer, launchedOn: '2026-05-20' }, stranger)).toMatchObject({
      ok: false,
      error: { kind: 'forbidden', code: 'FORBIDDEN' },
    });
    expect(await send('EvaluateActivity', { activityId: id('road'), evaluatedOn: '2026-07-10', summary: 'Tốt' }, stranger)).toMatchObject({
      ok: false,
      error: { kind: 'forbidden', code: 'FORBIDDEN' },
    });
    expect(await send('EvaluateActivity', { activityId: id('road'), evaluatedOn: '2026-07-10', summary: 'Tốt', rating: 5 })).toMatchObject({
      ok: true,
      eventTypes: ['ActivityEvaluated'],
    });
  }, 60_000);
});

import { randomUUID } from 'node:crypto';
import type { CommandReply } from '@tn/shared-event-contracts';
import { CommandClient } from '@tn/shared-event-sourcing-nest';
import { type Grant, signAccessToken } from '@tn/shared-auth';
import { isolatedSuite, type RunningService, startServiceUnderTest, TEST_AUTH_TOKEN_SECRET, waitUntilReady } from '@tn/shared-testing';
import { CAMPAIGNS_CONTEXT } from '@tn/campaigns-contracts';
import { campaignsService } from './app.module';
import { cadreAppointed, registryHierarchyPublisher, unitCreated, volunteerRegistered } from './registry-hierarchy.test-fixtures';

// The campaigns write side through its real entry point: commands over Kafka request/reply.
describe('campaigns commands (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('campaigns commands');
  let campaigns: RunningService;
  let client: CommandClient;
  const prefix = randomUUID().slice(0, 8);
  const context = `${suite.topicPrefix}${CAMPAIGNS_CONTEXT}`;
  const id = (name: string) => `${prefix}-${name}`;
  const commune = id('ta-van');
  const cadre = id('cadre-1');
  const volunteers = Array.from({ length: 20 }, (_, i) => id(`volunteer-${i + 1}`));
  // Business time is the server's (the envelope's): dates are days around today, so the scenario holds on any date.
  const now = Date.now();
  const day = (offset: number) => new Date(now + offset * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    // The commune exists in the registry's hierarchy (grants are checked over it), with a cadre
    // holding a position there and the volunteers living there (commands naming them are checked).
    const registry = registryHierarchyPublisher(suite.kafkaBrokers, suite.topicPrefix);
    await registry.publish(unitCreated(id('lao-cai'), null), unitCreated(commune, id('lao-cai')));
    await registry.publishCadre(cadre, cadreAppointed(cadre, commune));
    for (const volunteerId of volunteers) await registry.publishVolunteer(volunteerId, volunteerRegistered(volunteerId, commune));
    await registry.close();
    campaigns = await startServiceUnderTest(campaignsService, { MONGO_DATABASE: suite.databaseName, KAFKA_TOPIC_PREFIX: suite.topicPrefix });
    await waitUntilReady(campaigns.baseUrl);
    client = new CommandClient([context], {
      clientId: 'campaigns-test',
      brokers: suite.kafkaBrokers,
      sealingSecret: Buffer.from(TEST_AUTH_TOKEN_SECRET, 'base64'),
      replyGroupId: `${suite.topicPrefix}replies`,
    });
    await client.connect();
  }, 90_000);
  afterAll(async () => {
    await client?.close();
    await campaigns?.stop();
    await suite.cleanUp();
  });

  const tokenOf = (sub: string, grants: Grant[]) =>
    signAccessToken({ sub, sid: 's1', kind: 'cadre', grants }, Buffer.from(TEST_AUTH_TOKEN_SECRET, 'base64'), new Date(), 600);
  const manager = { id: 'manager-ta-van', token: tokenOf('manager-ta-van', [{ role: 'unit-manager', unitId: commune }]) };
  /** Sent now: the envelope's time is the command's business time (sign-ups, cancellations) and bounds the times it states. */
  const send = (type: string, payload: Record<string, unknown>, actor = manager): Promise<CommandReply> =>
    client.send(context, { type, payload, actor: { kind: 'account', id: actor.id }, credentials: actor.token });

  const summer = {
    name: 'Chiến dịch Thanh niên tình nguyện hè',
    kind: 'peak',
    peakTemplate: 'summer-volunteer',
    domains: ['new-rural-construction', 'environment-climate-change'],
    startsOn: day(-30),
    endsOn: day(60),
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
      responsibleCadreId: cadre,
      initiator: 'union',
    },
    proposedOn: day(-20),
  });

  it('launches a summer campaign in a commune and takes an activity through its lifecycle; completing one that never started is refused', async () => {
    expect(await send('LaunchCampaign', { campaignId: id('summer'), organiserUnitId: commune, definition: summer, launchedOn: day(-40) })).toMatchObject({
      ok: true,
      eventTypes: ['CampaignLaunched'],
    });
    expect(await send('ProposeActivity', activity('road'))).toMatchObject({ ok: true, eventTypes: ['ActivityProposed'] });
    // Carried out over the last three days and recorded as it happened (a start or an end is never later than now).
    expect(await send('PlanActivity', { activityId: id('road'), startsOn: day(-3), endsOn: day(-1), plannedOn: day(-15) })).toMatchObject({ ok: true });
    expect(await send('PrepareActivity', { activityId: id('road'), preparedOn: day(-5) })).toMatchObject({ ok: true });
    expect(await send('StartActivity', { activityId: id('road'), startedAt: `${day(-3)}T07:00:00+07:00` })).toMatchObject({ ok: true });
    expect(await send('CompleteActivity', { activityId: id('road'), completedAt: `${day(-1)}T17:00:00+07:00` })).toMatchObject({
      ok: true,
      version: 5,
      eventTypes: ['ActivityCompleted'],
    });

    expect(await send('ProposeActivity', activity('trees'))).toMatchObject({ ok: true });
    expect(await send('CompleteActivity', { activityId: id('trees'), completedAt: `${day(-1)}T17:00:00+07:00` })).toMatchObject({
      ok: false,
      error: { kind: 'illegal-state', code: 'ACTIVITY.NOT_STARTED' },
    });
    expect(await send('PlanActivity', { activityId: id('trees'), startsOn: day(7), plannedOn: day(0) })).toMatchObject({
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
        // A week ahead: sign-ups, sent now, come before it starts.
        startsAt: `${day(7)}T07:00:00+07:00`,
        endsAt: `${day(7)}T11:00:00+07:00`,
        capacity: 15,
        waitlist: true,
      }),
    ).toMatchObject({ ok: true, eventTypes: ['ShiftScheduled'] });

    const placed: string[] = [];
    for (const volunteerId of volunteers) {
      const reply = await send('SignUpForShift', {
        shiftId: id('shift-1'),
        volunteerId,
        volunteer: { skills: [], ageOnShiftDate: 20, hasGuardianConsent: false },
      });
      expect(reply.ok).toBe(true);
      if (reply.ok) placed.push(...reply.eventTypes);
    }
    expect(placed.filter((type) => type === 'SignUpConfirmed')).toHaveLength(15);
    expect(placed.filter((type) => type === 'SignUpWaitlisted')).toHaveLength(5);
    expect(placed.slice(15)).toEqual(Array(5).fill('SignUpWaitlisted'));

    expect(await send('CancelSignUp', { shiftId: id('shift-1'), volunteerId: volunteers[2], reason: 'ốm' })).toMatchObject({
      ok: true,
      eventTypes: ['SignUpCancelled', 'WaitlistPromoted'],
    });
  }, 120_000);

  it("refuses the token of another unit's manager, for the units a command names and for the activity's organiser", async () => {
    const stranger = { id: 'manager-lao-chai', token: tokenOf('manager-lao-chai', [{ role: 'unit-manager', unitId: id('lao-chai') }]) };
    expect(
      await send('LaunchCampaign', { campaignId: id('intruder'), organiserUnitId: commune, definition: summer, launchedOn: day(-40) }, stranger),
    ).toMatchObject({
      ok: false,
      error: { kind: 'forbidden', code: 'FORBIDDEN' },
    });
    expect(await send('EvaluateActivity', { activityId: id('road'), evaluatedOn: day(0), summary: 'Tốt' }, stranger)).toMatchObject({
      ok: false,
      error: { kind: 'forbidden', code: 'FORBIDDEN' },
    });
    expect(await send('EvaluateActivity', { activityId: id('road'), evaluatedOn: day(0), summary: 'Tốt', rating: 5 })).toMatchObject({
      ok: true,
      eventTypes: ['ActivityEvaluated'],
    });
  }, 60_000);
});

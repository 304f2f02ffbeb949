import { randomUUID } from 'node:crypto';
import type { CommandReply } from '@tn/shared-event-contracts';
import { CommandClient } from '@tn/shared-event-sourcing-nest';
import { type Grant, signAccessToken } from '@tn/shared-auth';
import { isolatedSuite, type RunningService, startServiceUnderTest, TEST_AUTH_TOKEN_SECRET, waitUntilReady } from '@tn/shared-testing';
import { CAMPAIGNS_CONTEXT } from '@tn/campaigns-contracts';
import { campaignsService } from './app.module';
import { cadreAppointed, registryHierarchyPublisher, unitCreated } from './registry-hierarchy.test-fixtures';

// The registry's hierarchy and session events, published on the registry's topic, reach the
// campaigns service's local copies: grants count over whole unit subtrees, and the token of an
// ended session is refused.
describe('campaigns authorisation over the registry hierarchy (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('campaigns registry hierarchy');
  const context = `${suite.topicPrefix}${CAMPAIGNS_CONTEXT}`;
  const registry = registryHierarchyPublisher(suite.kafkaBrokers, suite.topicPrefix);
  const run = randomUUID().slice(0, 8);
  const id = (name: string) => `${run}-${name}`;
  const [province, taVan, saPa, hauThao] = [id('lao-cai'), id('ta-van'), id('sa-pa'), id('hau-thao')];
  const cadre = id('cadre-1');
  // Days around today: the write side judges dates against the server's now.
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  let campaigns: RunningService;
  let client: CommandClient;

  const secret = Buffer.from(TEST_AUTH_TOKEN_SECRET, 'base64');
  const actorOf = (name: string, grants: Grant[]) => ({
    id: name,
    token: signAccessToken({ sub: name, sid: 's1', kind: 'cadre', grants }, secret, new Date(), 600),
  });
  const provinceManager = actorOf('manager-lao-cai', [{ role: 'unit-manager', unitId: province }]);
  const saPaManager = actorOf('manager-sa-pa', [{ role: 'unit-manager', unitId: saPa }]);
  const taVanManager = actorOf('manager-ta-van', [{ role: 'unit-manager', unitId: taVan }]);
  const send = (type: string, payload: Record<string, unknown>, actor: { id: string; token: string }): Promise<CommandReply> =>
    client.send(context, { type, payload, actor: { kind: 'account', id: actor.id }, credentials: actor.token });
  const launch = (name: string, organiserUnitId: string, actor: { id: string; token: string }) =>
    send(
      'LaunchCampaign',
      {
        campaignId: id(name),
        organiserUnitId,
        definition: {
          name: `Chiến dịch ${name}`,
          kind: 'peak',
          peakTemplate: 'summer-volunteer',
          domains: ['environment-climate-change'],
          startsOn: day(-10),
          endsOn: day(80),
          goals: [{ measure: 'rural-road-km', target: 1 }],
          initiator: 'union',
        },
        launchedOn: day(-20),
      },
      actor,
    );

  beforeAll(async () => {
    // Published before the service starts: it must catch up with them before it says it is ready.
    await registry.publish(unitCreated(province, null), unitCreated(taVan, province), unitCreated(saPa, province));
    campaigns = await startServiceUnderTest(campaignsService, { MONGO_DATABASE: suite.databaseName, KAFKA_TOPIC_PREFIX: suite.topicPrefix });
    const readiness = await waitUntilReady(campaigns.baseUrl, 60_000);
    expect(readiness.dependencies).toContainEqual(expect.objectContaining({ name: 'registry-hierarchy', up: true, detail: 'version 3' }));
    // The activity's responsible cadre holds a position in Tả Van (a command naming a cadre is checked).
    await registry.publishCadre(cadre, cadreAppointed(cadre, taVan));
    client = new CommandClient([context], {
      clientId: 'campaigns-hierarchy-test',
      brokers: suite.kafkaBrokers,
      sealingSecret: Buffer.from(TEST_AUTH_TOKEN_SECRET, 'base64'),
      replyGroupId: `${suite.topicPrefix}replies`,
    });
    await client.connect();
  }, 90_000);
  afterAll(async () => {
    await client?.close();
    await registry.close();
    await campaigns?.stop();
    await suite.cleanUp();
  });

  it("lets a province manager act on a commune's campaign and activity, and refuses a sibling commune's manager", async () => {
    expect(await launch('summer', taVan, provinceManager)).toMatchObject({ ok: true, eventTypes: ['CampaignLaunched'] });
    expect(await launch('other', taVan, saPaManager)).toMatchObject({ ok: false, error: { kind: 'forbidden', code: 'FORBIDDEN' } });
    const proposal = {
      activityId: id('road'),
      profile: {
        name: 'Làm đường nông thôn',
        campaignId: id('summer'),
        organiserUnitId: taVan,
        domains: ['new-rural-construction'],
        location: { unitId: taVan, site: 'Thôn 3', flags: { ethnicMinority: true, mountainous: true, border: false, island: false } },
        responsibleCadreId: cadre,
        initiator: 'union',
      },
      proposedOn: day(-5),
    };
    expect(await send('ProposeActivity', proposal, provinceManager)).toMatchObject({ ok: true, eventTypes: ['ActivityProposed'] });
    expect(await send('PlanActivity', { activityId: id('road'), startsOn: day(7), endsOn: day(9), plannedOn: day(0) }, saPaManager)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await send('PlanActivity', { activityId: id('road'), startsOn: day(7), endsOn: day(9), plannedOn: day(0) }, provinceManager)).toMatchObject({
      ok: true,
    });
  }, 60_000);

  it('takes in hierarchy changes published while it runs: a new commune, then its merger into a neighbour', async () => {
    // Sent right after the registry publishes: the service waits for its copy to catch up rather than refuse.
    await registry.publish(unitCreated(hauThao, province));
    expect(await launch('hau-thao', hauThao, provinceManager)).toMatchObject({ ok: true });
    expect(await launch('hau-thao-2', hauThao, taVanManager)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    await registry.publish({ type: 'UnitsMerged', data: { sourceUnitIds: [hauThao], successorUnitId: taVan, effectiveFrom: '2025-07-01' } });
    // Merged away, Hầu Thào organises nothing new, whoever asks.
    expect(await launch('hau-thao-3', hauThao, taVanManager)).toMatchObject({ ok: false, error: { code: 'UNIT.NOT_ACTIVE', field: 'organiserUnitId' } });
    expect(await launch('hau-thao-4', hauThao, provinceManager)).toMatchObject({ ok: false, error: { code: 'UNIT.NOT_ACTIVE' } });
    // But it answers through Tả Van: its manager may act on what Hầu Thào organised (an activity in its campaign).
    const inHauThaoCampaign = {
      activityId: id('hau-thao-road'),
      profile: {
        name: 'Sửa đường thôn',
        campaignId: id('hau-thao'),
        organiserUnitId: taVan,
        domains: ['new-rural-construction'],
        location: { unitId: taVan, site: 'Thôn 1', flags: { ethnicMinority: true, mountainous: true, border: false, island: false } },
        responsibleCadreId: cadre,
        initiator: 'union',
      },
      proposedOn: day(-1),
    };
    expect(await send('ProposeActivity', inHauThaoCampaign, taVanManager)).toMatchObject({ ok: true, eventTypes: ['ActivityProposed'] });
  }, 60_000);

  it('refuses the token of a session the registry has ended (signed out, or a role revoked), before the token expires', async () => {
    const signedIn = actorOf('manager-lao-cai-2', [{ role: 'unit-manager', unitId: province }]);
    expect(await launch('before-sign-out', taVan, signedIn)).toMatchObject({ ok: true });
    await registry.publishAccount(
      'manager-lao-cai-2',
      { type: 'RoleRevoked', data: { accountId: 'manager-lao-cai-2', role: 'unit-manager', unitId: province } },
      { type: 'SessionEnded', data: { accountId: 'manager-lao-cai-2', sessionId: 's1', endedAt: new Date().toISOString(), reason: 'role-revoked' } },
    );
    // The session's end reaches the service a moment later; from then on its token is refused.
    let reply = await launch('after-sign-out', taVan, signedIn);
    for (let tries = 0; reply.ok && tries < 50; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      reply = await launch(`after-sign-out-${tries}`, taVan, signedIn);
    }
    expect(reply).toMatchObject({ ok: false, error: { kind: 'forbidden', code: 'AUTH.SESSION_ENDED' } });
  }, 60_000);
});

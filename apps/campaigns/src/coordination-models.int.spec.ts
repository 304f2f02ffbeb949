import { randomUUID } from 'node:crypto';
import type { CommandReply } from '@tn/shared-event-contracts';
import { CommandClient } from '@tn/shared-event-sourcing-nest';
import { signAccessToken } from '@tn/shared-auth';
import { isolatedSuite, type RunningService, startServiceUnderTest, TEST_AUTH_TOKEN_SECRET, waitUntilReady } from '@tn/shared-testing';
import { CAMPAIGNS_CONTEXT } from '@tn/campaigns-contracts';
import { campaignsService } from './app.module';
import { cadreAppointed, registryHierarchyPublisher, unitCreated } from './registry-hierarchy.test-fixtures';
import { modelDrafted, modelPublished, modelRetired, trainingCataloguePublisher } from './training-catalogue.test-fixtures';

// Training's coordination-model events, published on training's topic, reach the campaigns
// service's local copy of the catalogue (ADR 0019): a campaign or an activity may name only a
// published model; what was recorded before a model retired keeps working.
describe('coordination models named by campaigns and activities (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('campaigns coordination models');
  const context = `${suite.topicPrefix}${CAMPAIGNS_CONTEXT}`;
  const training = trainingCataloguePublisher(suite.kafkaBrokers, suite.topicPrefix);
  const run = randomUUID().slice(0, 8);
  const id = (name: string) => `${run}-${name}`;
  const [province, commune, cadre] = [id('lao-cai'), id('ta-van'), id('cadre-1')];
  const [threeForces, oldModel, draftOnly] = [id('model-3-forces'), id('model-old'), id('model-draft')];
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  let campaigns: RunningService;
  let client: CommandClient;

  const manager = {
    id: 'manager-ta-van',
    token: signAccessToken(
      { sub: 'manager-ta-van', sid: 's1', kind: 'cadre', grants: [{ role: 'unit-manager', unitId: commune }] },
      Buffer.from(TEST_AUTH_TOKEN_SECRET, 'base64'),
      new Date(),
      600,
    ),
  };
  const send = (type: string, payload: Record<string, unknown>): Promise<CommandReply> =>
    client.send(context, { type, payload, actor: { kind: 'account', id: manager.id }, credentials: manager.token });
  const launch = (name: string, coordinationModelId?: string) =>
    send('LaunchCampaign', {
      campaignId: id(name),
      organiserUnitId: commune,
      definition: {
        name: `Chiến dịch ${name}`,
        kind: 'regular',
        domains: ['environment-climate-change'],
        startsOn: day(-10),
        endsOn: day(80),
        initiator: 'union',
        ...(coordinationModelId ? { coordinationModelId } : {}),
      },
      launchedOn: day(-10),
    });
  const propose = (name: string, campaign: string, coordinationModelId?: string) =>
    send('ProposeActivity', {
      activityId: id(name),
      profile: {
        name: `Hoạt động ${name}`,
        campaignId: id(campaign),
        organiserUnitId: commune,
        domains: ['new-rural-construction'],
        location: { unitId: commune, site: 'Thôn 3', flags: { ethnicMinority: true, mountainous: true, border: false, island: false } },
        responsibleCadreId: cadre,
        initiator: 'union',
        ...(coordinationModelId ? { coordinationModelId } : {}),
      },
      proposedOn: day(-5),
    });

  beforeAll(async () => {
    const registry = registryHierarchyPublisher(suite.kafkaBrokers, suite.topicPrefix);
    await registry.publish(unitCreated(province, null), unitCreated(commune, province));
    await registry.publishCadre(cadre, cadreAppointed(cadre, commune));
    await registry.close();
    // Published before the service starts: its copy reads training's topic from the start.
    await training.publishModel(threeForces, modelDrafted(threeForces), modelPublished(threeForces));
    await training.publishModel(oldModel, modelDrafted(oldModel), modelPublished(oldModel), modelRetired(oldModel));
    await training.publishModel(draftOnly, modelDrafted(draftOnly));
    campaigns = await startServiceUnderTest(campaignsService, { MONGO_DATABASE: suite.databaseName, KAFKA_TOPIC_PREFIX: suite.topicPrefix });
    const readiness = await waitUntilReady(campaigns.baseUrl, 60_000);
    expect(readiness.dependencies).toContainEqual(expect.objectContaining({ name: 'training-coordination-models', up: true }));
    client = new CommandClient([context], {
      clientId: 'campaigns-models-test',
      brokers: suite.kafkaBrokers,
      sealingSecret: Buffer.from(TEST_AUTH_TOKEN_SECRET, 'base64'),
      replyGroupId: `${suite.topicPrefix}replies`,
    });
    await client.connect();
  }, 90_000);
  afterAll(async () => {
    await client?.close();
    await training.close();
    await campaigns?.stop();
    await suite.cleanUp();
  });

  it('accepts a campaign naming a published model, and refuses a retired, a draft and an unknown one by their field', async () => {
    expect(await launch('summer', threeForces)).toMatchObject({ ok: true, eventTypes: ['CampaignLaunched'] });
    expect(await launch('with-old', oldModel)).toMatchObject({
      ok: false,
      error: {
        kind: 'validation',
        code: 'CAMPAIGN.COORDINATION_MODEL_RETIRED',
        field: 'definition.coordinationModelId',
        details: { coordinationModelId: oldModel },
      },
    });
    for (const modelId of [draftOnly, id('model-nowhere')]) {
      expect(await launch(`with-${modelId}`, modelId)).toMatchObject({
        ok: false,
        error: { kind: 'validation', code: 'CAMPAIGN.COORDINATION_MODEL_UNKNOWN', field: 'definition.coordinationModelId' },
      });
    }
    expect(await launch('without-model')).toMatchObject({ ok: true });
  }, 60_000);

  it('checks the model an activity names the same way', async () => {
    expect(await propose('road', 'summer', threeForces)).toMatchObject({ ok: true, eventTypes: ['ActivityProposed'] });
    expect(await propose('old-road', 'summer', oldModel)).toMatchObject({
      ok: false,
      error: { code: 'ACTIVITY.COORDINATION_MODEL_RETIRED', field: 'profile.coordinationModelId' },
    });
    expect(await propose('no-road', 'summer', id('model-nowhere'))).toMatchObject({
      ok: false,
      error: { code: 'ACTIVITY.COORDINATION_MODEL_UNKNOWN', field: 'profile.coordinationModelId' },
    });
  }, 60_000);

  it('accepts a model published a moment ago (the copy catches up first), and refuses it once retired', async () => {
    const fresh = id('model-fresh');
    // Sent right after training publishes: the service waits for its copy rather than say "unknown".
    await training.publishModel(fresh, modelDrafted(fresh), modelPublished(fresh));
    expect(await launch('fresh', fresh)).toMatchObject({ ok: true });

    await training.publishModel(fresh, modelRetired(fresh));
    // Retirement is final, so it is not waited for: the copy takes it in a moment later.
    let reply = await launch('fresh-after', fresh);
    for (let tries = 0; reply.ok && tries < 50; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      reply = await launch(`fresh-after-${tries}`, fresh);
    }
    expect(reply).toMatchObject({ ok: false, error: { code: 'CAMPAIGN.COORDINATION_MODEL_RETIRED' } });
    // What was recorded under it keeps working: its campaign takes a new activity (which names no model).
    expect(await propose('fresh-activity', 'fresh')).toMatchObject({ ok: true, eventTypes: ['ActivityProposed'] });
  }, 60_000);
});

import { randomUUID } from 'node:crypto';
import type { CommandReply } from '@tn/shared-event-contracts';
import { CommandClient } from '@tn/shared-event-sourcing-nest';
import { signAccessToken } from '@tn/shared-auth';
import { isolatedSuite, type RunningService, startServiceUnderTest, TEST_AUTH_TOKEN_SECRET, waitUntilReady } from '@tn/shared-testing';
import { CAMPAIGNS_CONTEXT } from '@tn/campaigns-contracts';
import { campaignsService } from './app.module';
import {
  agreementSigned,
  groupDissolved,
  groupRegistered,
  groupVerified,
  networkDirectoryPublisher,
  partnerRegistered,
} from './network-directory.test-fixtures';
import { cadreAppointed, registryHierarchyPublisher, unitCreated } from './registry-hierarchy.test-fixtures';

// The network's groups, partners and agreements, published on the network's topic, reach the
// campaigns service's local copy of its directory: an activity names only verified groups that
// are not dissolved and registered partners; a resource names only an agreement in force that
// binds the activity's unit or a unit above it.
describe("the network's directory named by activities and resources (real Kafka and MongoDB-wire server)", () => {
  const suite = isolatedSuite('campaigns network directory');
  const context = `${suite.topicPrefix}${CAMPAIGNS_CONTEXT}`;
  const network = networkDirectoryPublisher(suite.kafkaBrokers, suite.topicPrefix);
  const run = randomUUID().slice(0, 8);
  const id = (name: string) => `${run}-${name}`;
  const [province, commune, otherProvince, cadre] = [id('lao-cai'), id('ta-van'), id('yen-bai'), id('cadre-1')];
  const [club, pending, gone, partner] = [id('clb'), id('nhom-moi'), id('clb-cu'), id('cong-ty-a')];
  const [provinceAgreement, otherAgreement] = [id('hd-lao-cai'), id('hd-yen-bai')];
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
  const participants = (groupIds: string[], partnerIds: string[]) => send('RecordActivityParticipants', { activityId: id('road'), groupIds, partnerIds });
  const gift = (resourceId: string, agreementId?: string) =>
    send('RecordResourceMobilised', {
      activityId: id('road'),
      resourceId: id(resourceId),
      source: 'business',
      form: 'cash',
      amountVnd: 5_000_000,
      receivedOn: day(-1),
      ...(agreementId ? { agreementId } : {}),
    });

  beforeAll(async () => {
    const registry = registryHierarchyPublisher(suite.kafkaBrokers, suite.topicPrefix);
    await registry.publish(unitCreated(province, null), unitCreated(commune, province), unitCreated(otherProvince, null));
    await registry.publishCadre(cadre, cadreAppointed(cadre, commune));
    await registry.close();
    // Published before the service starts: its copy reads the network's topic from the start.
    await network.publish('group', club, groupRegistered(club, commune), groupVerified(club, commune));
    await network.publish('group', pending, groupRegistered(pending, commune));
    await network.publish('group', gone, groupRegistered(gone, commune), groupVerified(gone, commune), groupDissolved(gone));
    await network.publish('partner', partner, partnerRegistered(partner, province));
    await network.publish('agreement', provinceAgreement, agreementSigned(provinceAgreement, partner, province, day(-30), day(300)));
    await network.publish('agreement', otherAgreement, agreementSigned(otherAgreement, partner, otherProvince, day(-30), day(300)));
    campaigns = await startServiceUnderTest(campaignsService, { MONGO_DATABASE: suite.databaseName, KAFKA_TOPIC_PREFIX: suite.topicPrefix });
    const readiness = await waitUntilReady(campaigns.baseUrl, 60_000);
    expect(readiness.dependencies).toContainEqual(expect.objectContaining({ name: 'network-directory', up: true }));
    client = new CommandClient([context], {
      clientId: 'campaigns-network-test',
      brokers: suite.kafkaBrokers,
      sealingSecret: Buffer.from(TEST_AUTH_TOKEN_SECRET, 'base64'),
      replyGroupId: `${suite.topicPrefix}replies`,
    });
    await client.connect();
    const proposed = await send('ProposeActivity', {
      activityId: id('road'),
      profile: {
        name: 'Làm đường bê tông thôn 3',
        organiserUnitId: commune,
        domains: ['new-rural-construction'],
        location: { unitId: commune, site: 'Thôn 3', flags: { ethnicMinority: true, mountainous: true, border: false, island: false } },
        responsibleCadreId: cadre,
        initiator: 'union',
      },
      proposedOn: day(-5),
    });
    expect(proposed).toMatchObject({ ok: true });
  }, 90_000);
  afterAll(async () => {
    await client?.close();
    await network.close();
    await campaigns?.stop();
    await suite.cleanUp();
  });

  it('records verified groups and registered partners, and refuses a group not verified or dissolved by its field', async () => {
    expect(await participants([club], [partner])).toMatchObject({ ok: true, eventTypes: ['ActivityParticipantsRecorded'] });
    for (const [groupId, index] of [
      [pending, 1],
      [gone, 1],
    ] as const) {
      expect(await participants([club, groupId], [])).toMatchObject({
        ok: false,
        error: { kind: 'validation', code: 'ACTIVITY.PARTICIPANT_UNKNOWN', field: `groupIds.${index}`, details: { groupId } },
      });
    }
    expect(await participants([], [id('ghost')])).toMatchObject({ ok: false, error: { code: 'ACTIVITY.PARTICIPANT_UNKNOWN', field: 'partnerIds.0' } });
  }, 60_000);

  it('accepts a group verified a moment ago (the copy catches up first)', async () => {
    await network.publish('group', pending, groupVerified(pending, commune));
    expect(await participants([club, pending], [partner])).toMatchObject({ ok: true, eventTypes: ['ActivityParticipantsRecorded'] });
  }, 60_000);

  it("records a resource under an agreement binding a unit above the activity's, and refuses another province's or an unknown one", async () => {
    expect(await gift('r-1', provinceAgreement)).toMatchObject({ ok: true, eventTypes: ['ResourceMobilised'] });
    expect(await gift('r-2', otherAgreement)).toMatchObject({ ok: false, error: { code: 'RESOURCE.AGREEMENT_UNKNOWN', field: 'agreementId' } });
    expect(await gift('r-3', id('hd-nowhere'))).toMatchObject({ ok: false, error: { code: 'RESOURCE.AGREEMENT_UNKNOWN', field: 'agreementId' } });
    expect(await gift('r-4')).toMatchObject({ ok: true });
  }, 60_000);
});

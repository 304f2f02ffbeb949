import { randomUUID } from 'node:crypto';
import { ConsistencyTokens } from '@tn/gateway-core';
import { MongoConnection } from '@tn/shared-service-kit';
import { isolatedSuite } from '@tn/shared-testing';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { GRAPHQL_PATH } from '../../../../apps/gateway/src/app.module';
import { errorOf, graphqlClient, type GqlResponse, type Platform, startPlatform, tokenFor, unitInput } from './harness';

// Issue 10 (messages): what the black-box probe saw of errors, metrics and consistency tokens.
describe('probe: messages, request limits, metrics port, consistency tokens (through the gateway)', () => {
  const suite = isolatedSuite('probe messages e2e');
  const run = randomUUID().slice(0, 6);
  const Y = new Date().getUTCFullYear() + 1;
  const id = (name: string) => `${run}-${name}`;
  let platform: Platform;
  /** A token signed as this gateway signs them. */
  const consistencyTokenOf = (streamId: string, version: number) => platform.gateway.app.get(ConsistencyTokens).tokenOf(streamId, version);
  const admin = tokenFor([{ role: 'system-admin', unitId: null }]);
  const { gql, mutate: mutateWith } = graphqlClient(() => platform.gateway.baseUrl);
  const mutate = (query: string, consistency: string[] = []) => mutateWith(query, { token: admin, consistency });
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${platform.gateway.baseUrl}${GRAPHQL_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const definition = (name: string) =>
    `{ name: "${name}", kind: "regular", domains: ["new-rural-construction"], startsOn: "${Y}-06-01", endsOn: "${Y}-08-31", goals: [], initiator: "union" }`;

  const ANONYMOUS_QUERY = '{ platformStatus { ready } }';
  let unitsToken = '';
  beforeAll(async () => {
    platform = await startPlatform(suite, { campaigns: true });
    await mutate(`mutation { createUnit(input: ${unitInput(id('province'), 'Tỉnh đoàn Hà Giang', null)}) { consistencyToken } }`);
    unitsToken = await mutate(`mutation { createUnit(input: ${unitInput(id('commune'), 'Đoàn xã Lũng Cú', id('province'))}) { consistencyToken } }`);
  }, 120_000);
  afterAll(() => platform?.stop());

  it('says a domain error in Vietnamese and in English, not "error code: …"', async () => {
    const campaignToken = await mutate(
      `mutation { launchCampaign(input: { campaignId: "${id('plain')}", organiserUnitId: "${id('province')}", definition: ${definition('Chiến dịch thường')}, launchedOn: "${Y}-05-01" }) { consistencyToken } }`,
      [unitsToken],
    );
    const adopt = `mutation { adoptCampaignTemplate(input: { templateCampaignId: "${id('plain')}", adoptingUnitId: "${id('commune')}", adoptedOn: "${Y}-05-02" }) { consistencyToken } }`;
    const vi = await gql(adopt, { token: admin, consistency: [campaignToken], language: 'vi' });
    const en = await gql(adopt, { token: admin, consistency: [campaignToken], language: 'en-GB,en;q=0.9' });
    expect(errorOf(vi).code).toBe('CAMPAIGN.NOT_A_TEMPLATE');
    expect(vi.errors![0]!.message).toBe('Chiến dịch này không phải chiến dịch mẫu nên không thể hưởng ứng.');
    expect(en.errors![0]!.message).toBe('This campaign is not a template, so it cannot be adopted.');
  });

  it('localises a mistyped argument or variable and never repeats the value (a password)', async () => {
    const literal = await gql('mutation { signIn(username: "probe", password: 123456789) { accessToken } }', { language: 'en' });
    expect(literal.errors![0]).toMatchObject({ message: 'Wrong type of value in password; expected String.', extensions: { field: 'password' } });
    const variable = (await (
      await post(JSON.stringify({ query: 'mutation ($p: String!) { signIn(username: "probe", password: $p) { accessToken } }', variables: { p: 987654321 } }), {
        'accept-language': 'vi',
      })
    ).json()) as GqlResponse;
    expect(variable.errors![0]).toMatchObject({
      message: 'Giá trị không đúng kiểu dữ liệu ở trường p; cần kiểu String.',
      extensions: { code: 'BAD_USER_INPUT', field: 'p' },
    });
    expect(JSON.stringify([literal, variable])).not.toMatch(/123456789|987654321/);
  });

  it('answers an oversize body with 413 and a GraphQL-shaped, localised error', async () => {
    const response = await post(JSON.stringify({ query: `{ __typename } # ${'x'.repeat(200 * 1024)}` }), { 'accept-language': 'en' });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await response.json()) as GqlResponse;
    expect(body.errors).toEqual([{ message: 'The request is too large; at most 102400 bytes.', extensions: { code: 'REQUEST_TOO_LARGE' } }]);
  });

  it('does not name its framework (no X-Powered-By), on any service', async () => {
    for (const service of [platform.gateway, platform.registry, platform.campaigns!]) {
      expect((await fetch(`${service.baseUrl}/health/live`)).headers.get('x-powered-by')).toBeNull();
    }
    expect((await post(JSON.stringify({ query: '{ __typename }' }))).headers.get('x-powered-by')).toBeNull();
  });

  it('serves metrics on the metrics port (127.0.0.1) and not on the public port', async () => {
    expect((await fetch(`${platform.gateway.baseUrl}/metrics`)).status).toBe(404);
    expect((await fetch(`${platform.gateway.baseUrl}/health/ready`)).status).toBe(200);
    expect(platform.gateway.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(platform.gateway.metricsUrl).not.toBe(platform.gateway.baseUrl);
    const metrics = await fetch(`${platform.gateway.metricsUrl}/metrics`);
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain('tn_process_cpu_seconds_total');
  });

  it('refuses a forged consistency token at once, with a coded error', async () => {
    for (const forged of [`hierarchy-national@999999`, `hierarchy-national@999999.${'A'.repeat(22)}`, consistencyTokenOf('x', 1).replace(/@1\./, '@2.')]) {
      const started = Date.now();
      // An anonymous query, as the probe sent it.
      const result = await gql(ANONYMOUS_QUERY, { consistency: [forged], language: 'en' });
      expect(Date.now() - started).toBeLessThan(1000);
      expect(result.errors![0]).toMatchObject({
        message: 'The consistency token (tn-consistency-token) is invalid; send back the token a change returned, unaltered.',
        extensions: { code: 'CONSISTENCY_TOKEN_INVALID', field: 'tn-consistency-token' },
      });
    }
  });

  it('when the wait runs out, says the request was not run (not that a change was saved)', async () => {
    // Genuine (signed by this gateway) but for a write no read model will see.
    const unreachable = consistencyTokenOf(`${id('nowhere')}`, 7);
    const [query, mutation] = await Promise.all([
      gql(ANONYMOUS_QUERY, { consistency: [unreachable], language: 'en' }),
      gql(`mutation { createUnit(input: ${unitInput(id('never'), 'Đoàn xã Không', id('province'))}) { consistencyToken } }`, {
        token: admin,
        consistency: [unreachable],
        language: 'vi',
      }),
    ]);
    expect(query.errors![0]).toMatchObject({
      message:
        'The change this request waits for is not visible yet, so the request was not run. Please send it again in a moment with the same consistency token.',
      extensions: { code: 'CONSISTENCY_NOT_VISIBLE', retryable: true },
    });
    expect(mutation.errors![0]!.extensions).toMatchObject({ code: 'CONSISTENCY_NOT_VISIBLE' });
    expect(mutation.errors![0]!.message).toContain('yêu cầu chưa được thực hiện');
    expect(mutation.errors![0]!.message).not.toContain('đã được ghi nhận');
    // The mutation never ran: the unit does not exist.
    const unit = await gql(`{ unit(id: "${id('never')}") { id } }`, { token: admin });
    expect(unit.data?.['unit'] ?? null).toBeNull();
  }, 30_000);

  it('answers a retryable NOT_KNOWN_YET when adopting a template this gateway has not seen yet', async () => {
    const published = await mutate(
      `mutation { publishCampaignTemplate(input: { campaignId: "${id('template')}", publisherUnitId: "${id('province')}", definition: ${definition('Chiến dịch mẫu')}, publishedOn: "${Y}-05-01" }) { consistencyToken } }`,
      [unitsToken],
    );
    // The gateway's read model lagging behind the service: projected, then taken away again.
    expect((await gql(ANONYMOUS_QUERY, { consistency: [published] })).errors).toBeUndefined();
    const readModels = platform.gateway.app.get(MongoConnection).connection.collection<{ _id: string }>('gw_campaigns_campaigns');
    expect((await readModels.deleteOne({ _id: id('template') })).deletedCount).toBe(1);
    const result = await gql(
      `mutation { adoptCampaignTemplate(input: { templateCampaignId: "${id('template')}", adoptingUnitId: "${id('commune')}", adoptedOn: "${Y}-05-02" }) { consistencyToken } }`,
      { token: admin, language: 'en' },
    );
    expect(result.errors?.[0]).toMatchObject({
      message: 'The data just created is not known here yet (templateCampaignId); nothing was changed. Please try again in a moment.',
      extensions: { code: 'NOT_KNOWN_YET', field: 'templateCampaignId', retryable: true, retryAfterSeconds: 1 },
    });
  });
});

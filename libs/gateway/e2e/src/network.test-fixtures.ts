import { errorOf, type GqlOptions, graphqlClient, type GqlResponse, type Platform } from './harness';

/**
 * What the network suites share: GraphQL calls that wait as a client is told to, reads that
 * poll until the service's copies and reactors have caught up, and the inputs the scenario
 * writes again and again. Business dates are days around the server's today in Vietnam
 * (UTC+7), so the scenarios hold whenever they run.
 */

/** Copies that lag behind (the network's copy of the registry, campaigns' copy of the network): asked again until they catch up. */
const LAGGING_CODES = new Set([
  'NEED.ACTIVITY_NOT_FOUND',
  'PARTNER.ACCOUNT_NOT_FOUND',
  'ACTIVITY.PARTICIPANT_UNKNOWN',
  'RESOURCE.AGREEMENT_UNKNOWN',
  'HIERARCHY.CATCHING_UP',
]);

export function networkKit(platformOf: () => Platform) {
  const client = graphqlClient(() => platformOf().gateway.baseUrl);
  const vietnamNow = Date.now() + 7 * 3_600_000;
  /** A day around today (Vietnam), YYYY-MM-DD. */
  const day = (offset: number) => new Date(vietnamNow + offset * 86_400_000).toISOString().slice(0, 10);

  /**
   * GraphQL through the gateways, sent again as a client is told to when nothing ran: a write
   * it waits for not visible in time (CONSISTENCY_NOT_VISIBLE), or the gateway shedding load.
   */
  async function gql(query: string, options: GqlOptions = {}): Promise<GqlResponse> {
    for (let attempt = 1; ; attempt++) {
      const result = await client.gql(query, options);
      const { code } = errorOf(result);
      if ((code !== 'CONSISTENCY_NOT_VISIBLE' && code !== 'GATEWAY.BUSY') || attempt === 8) return result;
      const after = Number((result.errors?.[0]?.extensions as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds ?? 1);
      await new Promise((resolve) => setTimeout(resolve, Math.min(after, 5) * 1000));
    }
  }

  /** A mutation that must succeed (after the writes it names); returns its consistency token. */
  async function mutate(query: string, token: string, consistency: string[] = []): Promise<string> {
    const result = await gql(query, { token, consistency });
    expect(result.errors).toBeUndefined();
    return (Object.values(result.data!)[0] as { consistencyToken: string }).consistencyToken;
  }

  /** A query that must succeed; its data. */
  async function read(query: string, token: string, consistency: string[] = []): Promise<NonNullable<GqlResponse['data']>> {
    const result = await gql(query, { token, consistency });
    expect(result.errors).toBeUndefined();
    return result.data!;
  }

  /** Polls until `done` holds (a reactor or a copy acts after the write); the last answer otherwise. */
  async function eventually<T>(readOnce: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await readOnce();
      if (done(value) || Date.now() > deadline) return value;
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
  }

  /**
   * A mutation a service decides against its copy of another context's records (an activity,
   * an account, a group): sent again while the refusal says only that the copy has not caught up.
   * A refusal names nothing, so asking again writes nothing. Must succeed in the end.
   */
  async function mutateOnceCopied(query: string, token: string, consistency: string[] = []): Promise<string> {
    const result = await eventually(
      () => gql(query, { token, consistency }),
      (answer) => !LAGGING_CODES.has(errorOf(answer).code ?? ''),
    );
    expect(result.errors).toBeUndefined();
    return (Object.values(result.data!)[0] as { consistencyToken: string }).consistencyToken;
  }

  /** A GraphQL request with an Idempotency-Key header, to one gateway instance (as a client retrying would). */
  async function withKey(key: string, query: string, token: string, language = 'en'): Promise<GqlResponse> {
    const response = await fetch(`${platformOf().gateway.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'accept-language': language, 'idempotency-key': key },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as GqlResponse;
  }

  return { gql, mutate, read, eventually, mutateOnceCopied, withKey, day };
}

/** A GraphQL list of strings. */
export const list = (values: readonly string[]) => `[${values.map((value) => JSON.stringify(value)).join(', ')}]`;

/** A registerVolunteer mutation (a person of the registry, who may lead a group), adult, with the registry consent. */
export const registerVolunteerMutation = (volunteerId: string, fullName: string, homeUnitId: string, n: number) =>
  `mutation { registerVolunteer(input: { volunteerId: "${volunteerId}", fullName: "${fullName}", dateOfBirth: "2000-03-${String((n % 28) + 1).padStart(2, '0')}", phone: "09771${String(n).padStart(5, '0')}", email: "${volunteerId}@example.vn", homeUnitId: "${homeUnitId}", consents: [{ purpose: "registry", givenAt: "2025-02-01T08:00:00Z" }], registeredOn: "2025-02-01" }) { consistencyToken } }`;

export interface GroupProfile {
  groupId: string;
  name: string;
  kind: 'club' | 'team' | 'group';
  origin: 'union-founded' | 'self-formed' | 'school';
  hostUnitId: string;
  fields: string[];
  leaderPersonIds: string[];
  size: number;
  areaUnitIds?: string[];
}

/** A registerGroup input (a unit's manager registers a group it hosts). */
export const registerGroupMutation = (group: GroupProfile) =>
  `mutation { registerGroup(input: { groupId: "${group.groupId}", name: "${group.name}", kind: "${group.kind}", origin: "${group.origin}", hostUnitId: "${group.hostUnitId}", fields: ${list(group.fields)}, ${group.areaUnitIds ? `areaUnitIds: ${list(group.areaUnitIds)}, ` : ''}size: ${group.size}, leaderPersonIds: ${list(group.leaderPersonIds)} }) { id consistencyToken } }`;

/** A partner account of the registry: opened by an administrator (kind partner, the partner role over a unit). */
export const openPartnerAccountMutation = (username: string, password: string, unitId: string, openedOn: string) =>
  `mutation { openAccount(input: { username: "${username}", password: "${password}", kind: "partner", roles: [{ role: "partner", unitId: "${unitId}" }], openedOn: "${openedOn}" }) { id consistencyToken } }`;

/** A signIn mutation's access token (the account's own session). */
export async function signedIn(gql: (query: string, options?: GqlOptions) => Promise<GqlResponse>, username: string, password: string): Promise<string> {
  const result = await gql(`mutation { signIn(username: "${username}", password: "${password}") { accessToken } }`);
  expect(result.errors).toBeUndefined();
  return result.data!['signIn'].accessToken as string;
}

/** The fields of a group the suites compare. */
export const GROUP_FIELDS =
  'id name kind origin channel status hostUnitId currentHostUnitId proposedHostUnitId leaderPersonIds verifiedBy verifiedOn registeredOn activityCount lastActivityOn heldBookingCount affiliations { unitId from to reason }';

/** The fields of a need the suites compare. */
export const NEED_FIELDS =
  'id unitId source activityId kind status quantity measure from to fulfilledOn quantities { requested proposed committed delivered outstanding } matches { matchId offererKind offererId agreementId quantity status deliveredQuantity releaseReason }';

import { agreementCoversDates, agreementStatusOn, GROUP_LEADERS_MAX, needQuantities, type NeedMatchStatus } from '@tn/network-contracts';
import { type DemoDataset, LAO_CAI, TUYEN_QUANG, XA_Y_TY } from './demo-dataset';
import { BORDER_NETWORK, CLUB_LUNG_CU, type DemoGroup, type DemoMatch, GUIDES_SA_PA, type NetworkDemo } from './demo-network';

/**
 * The network demo checked twice. Before anything is sent (`checkNetwork`, pure): what the
 * network service would refuse or the story would get wrong, with a plain message (an unknown
 * unit or leader, a self-registration by someone who does not lead the group, a date after
 * today, an offer under an agreement not in force over the need's dates, more committed than
 * asked). After loading (`seeNetworkThroughGateway`): what a new user of each demo account sees
 * through the gateway's GraphQL, read models included. Messages name ids, never personal data.
 */

// ---- before sending -------------------------------------------------------------------------

/** The units that exist after the merges, each with its parent (a merged unit's children hang under its successor). */
export function currentUnits(dataset: DemoDataset): Map<string, string | null> {
  const successorOf = new Map<string, string>();
  for (const merge of dataset.merges) {
    const successor = 'newUnitId' in merge.successor ? merge.successor.newUnitId : merge.successor.existingUnitId;
    for (const source of merge.sourceUnitIds) successorOf.set(source, successor);
  }
  const parents = new Map<string, string | null>();
  for (const unit of dataset.units) {
    if (successorOf.has(unit.unitId)) continue;
    parents.set(unit.unitId, unit.parentId === null ? null : (successorOf.get(unit.parentId) ?? unit.parentId));
  }
  for (const merge of dataset.merges) if ('newUnitId' in merge.successor) parents.set(merge.successor.newUnitId, merge.successor.parentId);
  return parents;
}

/** A unit and its ancestors, itself first (empty for a unit that does not exist). */
export function lineageOf(parents: Map<string, string | null>, unitId: string): string[] {
  const lineage: string[] = [];
  for (let current: string | null | undefined = unitId; current && parents.has(current) && !lineage.includes(current); current = parents.get(current)) {
    lineage.push(current);
  }
  return lineage;
}

/** Whether a person of the dataset belongs to a unit on `today` (the network service refuses leaders it cannot place). */
function placedOn(dataset: DemoDataset, personId: string, today: string): boolean {
  if (dataset.volunteers.some((volunteer) => volunteer.volunteerId === personId)) return true;
  return dataset.cadreSteps.some(
    (step) =>
      step.type === 'AppointCadre' &&
      step.cadreId === personId &&
      step.termStart <= today &&
      (step.termEnd === undefined || today <= step.termEnd) &&
      !dataset.cadreSteps.some((end) => end.type === 'EndCadreTerm' && end.positionId === step.positionId && end.endedOn < today),
  );
}

const hostOf = (group: DemoGroup): string => (group.channel === 'unit' ? group.hostUnitId : group.proposedHostUnitId);

/** A match's status once the demo's commands are applied. */
const matchStatusOf = (match: DemoMatch): NeedMatchStatus => (!match.accepted ? 'proposed' : match.deliveredQuantity === undefined ? 'accepted' : 'fulfilled');

/** The need's quantities once every demo command is applied, by the platform's own arithmetic. */
export const demoNeedQuantities = (demo: NetworkDemo) =>
  needQuantities(
    demo.need.matches.map((match) => ({ status: matchStatusOf(match), quantity: match.quantity, deliveredQuantity: match.deliveredQuantity })),
    demo.need.quantity,
  );

/**
 * Problems of the network demo against the demo dataset on `today` (YYYY-MM-DD, the day it is
 * loaded: no date the demo states may come after it); none when it is sound.
 */
export function checkNetwork(demo: NetworkDemo, dataset: DemoDataset, today: string): string[] {
  const problems: string[] = [];
  const problem = (message: string) => problems.push(message);
  const units = currentUnits(dataset);
  const requireUnit = (unitId: string, where: string) => units.has(unitId) || problem(`${where}: unknown unit ${unitId}`);
  const requireDemoId = (id: string, where: string) => id.startsWith('demo-') || problem(`${where}: id ${id} does not start with "demo-"`);
  const requirePast = (date: string, what: string) => date <= today || problem(`${what} is ${date}, after today (${today})`);
  const account = (username: string) => dataset.accounts.find((candidate) => candidate.username === username);

  const groupIds = new Set<string>();
  for (const group of demo.groups) {
    const where = `group ${group.groupId}`;
    requireDemoId(group.groupId, 'groups');
    if (groupIds.has(group.groupId)) problem(`${where} is registered twice`);
    groupIds.add(group.groupId);
    [hostOf(group), ...group.areaUnitIds].forEach((unitId) => requireUnit(unitId, where));
    if (group.leaderPersonIds.length === 0 || group.leaderPersonIds.length > GROUP_LEADERS_MAX) problem(`${where}: from 1 to ${GROUP_LEADERS_MAX} leaders`);
    for (const personId of group.leaderPersonIds) if (!placedOn(dataset, personId, today)) problem(`${where}: leader ${personId} is no person of a unit today`);
    if (group.foundedOn !== undefined) requirePast(group.foundedOn, `${where}'s founding`);
    if (group.channel === 'self') {
      const leader = account(group.leaderUsername);
      if (!group.leaderPersonIds.includes(group.leaderPersonId)) problem(`${where}: ${group.leaderPersonId} registers it but does not lead it`);
      if (leader?.personId !== group.leaderPersonId) problem(`${where}: account ${group.leaderUsername} is not ${group.leaderPersonId}'s`);
    }
  }

  const { network, partner, agreement, need } = demo;
  requireDemoId(network.networkId, 'networks');
  requireUnit(network.ownerUnitId, `network ${network.networkId}`);
  for (const { member, from } of network.members) {
    const where = `network ${network.networkId}: member ${member.kind} ${member.id}`;
    requirePast(from, `${where}'s first day`);
    if (member.kind === 'unit') requireUnit(member.id, where);
    if (member.kind === 'partner' && member.id !== partner.partnerId) problem(`${where} is not the demo's partner`);
    if (member.kind === 'group') {
      const group = demo.groups.find((candidate) => candidate.groupId === member.id);
      if (!group) problem(`${where} is not a group of the demo`);
      else if (group.foundedOn !== undefined && from < group.foundedOn) problem(`${where} joins before it was founded`);
    }
  }
  if (new Set(network.members.map(({ member }) => `${member.kind}:${member.id}`)).size !== network.members.length)
    problem(`network ${network.networkId}: a member is admitted twice`);

  requireDemoId(partner.partnerId, 'partners');
  requireUnit(partner.ownerUnitId, `partner ${partner.partnerId}`);
  if (account(partner.accountUsername)?.kind !== 'partner')
    problem(`partner ${partner.partnerId}: ${partner.accountUsername} is no partner account of the dataset`);

  const signed = `agreement ${agreement.agreementId}`;
  requireDemoId(agreement.agreementId, 'agreements');
  if (agreement.partnerId !== partner.partnerId) problem(`${signed} is not with the demo's partner`);
  [agreement.leadUnitId, ...agreement.partyUnitIds].forEach((unitId) => requireUnit(unitId, signed));
  requirePast(agreement.signedOn, `${signed}'s signature`);
  if (agreement.validTo < agreement.validFrom) problem(`${signed} ends before it starts`);

  const raised = `need ${need.needId}`;
  requireDemoId(need.needId, 'needs');
  requireUnit(need.unitId, raised);
  if (!lineageOf(units, need.placeUnitId).includes(need.unitId)) problem(`${raised}: place ${need.placeUnitId} is not within unit ${need.unitId}`);
  if (need.to < need.from) problem(`${raised} ends before it starts`);
  for (const match of need.matches) {
    const where = `${raised}: match ${match.matchId}`;
    requireDemoId(match.matchId, 'matches');
    if (match.offerer.kind === 'group' && !groupIds.has(match.offerer.id)) problem(`${where} offers unknown group ${match.offerer.id}`);
    if (match.offerer.kind === 'partner' && match.offerer.id !== partner.partnerId) problem(`${where} offers unknown partner ${match.offerer.id}`);
    if (match.agreementId !== undefined) {
      if (match.agreementId !== agreement.agreementId || match.offerer.id !== agreement.partnerId) problem(`${where} names an agreement not of its partner`);
      else if (!agreementCoversDates(agreement, need.from, need.to))
        problem(`${where}: agreement ${agreement.agreementId} is not in force from ${need.from} to ${need.to}`);
    }
    if (match.deliveredQuantity !== undefined && (!match.accepted || match.deliveredQuantity > match.quantity))
      problem(`${where} delivers more than it was accepted for`);
  }
  const { committed, requested } = demoNeedQuantities(demo);
  if (committed > requested) problem(`${raised}: ${committed} committed of ${requested} asked`);
  return problems;
}

// ---- after loading: through the gateway -----------------------------------------------------

type GraphQL = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

export class GatewayError extends Error {}

/** A GraphQL request; errors come back as their codes (never the data they name). */
export async function post<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(15_000),
  });
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) throw new GatewayError(body.errors.map((error) => error.extensions?.code ?? 'ERROR').join(', '));
  if (!body.data) throw new GatewayError(`HTTP ${response.status} without data`);
  return body.data;
}

/** What one demo account should see: a summary line when it does, else an Error saying what differs. */
interface Sight {
  username: string;
  what: string;
  see(gql: GraphQL): Promise<string>;
}

class Mismatch extends Error {}

const same = (a: readonly string[], b: readonly string[]) => [...a].sort().join() === [...b].sort().join();
/** Narrows like an assertion: what a sight expects, or a Mismatch saying what it saw instead. */
function ensure(holds: unknown, message: string): asserts holds {
  if (!holds) throw new Mismatch(message);
}

interface GroupNode {
  id: string;
  status: string;
  origin: string;
  channel: string;
}
interface NeedNode {
  id: string;
  status: string;
  quantities: { requested: number; committed: number; delivered: number; outstanding: number };
  matches: { matchId: string; offererKind: string; status: string }[];
}

const NEED_FIELDS = 'id status quantities { requested committed delivered outstanding } matches { matchId offererKind status }';

/** What each demo account sees of the network, as the demo data says it should be on `today`. */
function sightsOf(demo: NetworkDemo, dataset: DemoDataset, today: string): Sight[] {
  const units = currentUnits(dataset);
  const groupsUnder = (unitId: string) => demo.groups.filter((group) => lineageOf(units, hostOf(group)).includes(unitId)).map((group) => group.groupId);
  const unitGroups = async (gql: GraphQL, unitId: string) =>
    (
      await gql<{ unitGroups: { nodes: GroupNode[] } }>(
        'query($unitId: ID!) { unitGroups(unitId: $unitId, includeSubtree: true, first: 100) { nodes { id status origin channel } } }',
        { unitId },
      )
    ).unitGroups.nodes;
  const memberKeys = demo.network.members.filter(({ from }) => from <= today).map(({ member }) => `${member.kind}:${member.id}`);
  const quantities = demoNeedQuantities(demo);
  const matchStatuses = (matches: readonly DemoMatch[]) => matches.map((match) => `${match.matchId}:${matchStatusOf(match)}`);
  const needShown = (node: NeedNode | undefined, matches: readonly DemoMatch[]) => {
    ensure(node !== undefined, `need ${demo.need.needId} is not shown`);
    const { requested, committed, delivered, outstanding } = node.quantities;
    ensure(
      same(
        node.matches.map((match) => `${match.matchId}:${match.status}`),
        matchStatuses(matches),
      ),
      `need ${demo.need.needId} shows matches ${node.matches.map((match) => `${match.matchId}:${match.status}`).join(', ')}`,
    );
    ensure(
      requested === quantities.requested && committed === quantities.committed && delivered === quantities.delivered,
      `need ${demo.need.needId} shows other quantities`,
    );
    return `${requested} ${demo.need.measure} asked, ${committed} committed, ${delivered} delivered, ${outstanding} outstanding (${node.status})`;
  };
  const partnerMatches = demo.need.matches.filter((match) => match.offerer.kind === 'partner' && match.offerer.id === demo.partner.partnerId);

  return [
    {
      username: 'demo.tinhdoan',
      what: "the province's groups",
      see: async (gql) => {
        const nodes = await unitGroups(gql, LAO_CAI);
        const expected = groupsUnder(LAO_CAI);
        ensure(
          same(
            nodes.map((node) => node.id),
            expected,
          ),
          `Lào Cai's groups are ${nodes.map((node) => node.id).join(', ') || 'none'}, not ${expected.join(', ')}`,
        );
        ensure(
          nodes.every((node) => node.status === 'active'),
          `not every group of Lào Cai is active: ${nodes.map((node) => `${node.id}:${node.status}`).join(', ')}`,
        );
        const selfFormed = nodes.filter((node) => node.origin === 'self-formed' && node.channel === 'self').length;
        return `${nodes.length} groups in Lào Cai, all active (${selfFormed} self-formed, verified by its ward)`;
      },
    },
    {
      username: 'demo.tinhdoan',
      what: "the border network's members",
      see: async (gql) => {
        const { network } = await gql<{ network: { status: string; members: { memberKind: string; memberId: string }[] } | null }>(
          'query($id: ID!) { network(id: $id) { status members { memberKind memberId } } }',
          { id: BORDER_NETWORK },
        );
        ensure(network !== null, `network ${BORDER_NETWORK} is not shown`);
        const keys = network.members.map((member) => `${member.memberKind}:${member.memberId}`);
        ensure(same(keys, memberKeys), `network ${BORDER_NETWORK} shows members ${keys.join(', ') || 'none'}`);
        const count = (kind: string) => keys.filter((key) => key.startsWith(`${kind}:`)).length;
        return `${keys.length} members of the border network (${count('group')} groups, ${count('unit')} unit, ${count('partner')} partner)`;
      },
    },
    {
      username: 'demo.tinhkhac',
      what: "another province's club in the network",
      see: async (gql) => {
        const nodes = await unitGroups(gql, TUYEN_QUANG);
        ensure(
          same(
            nodes.map((node) => node.id),
            groupsUnder(TUYEN_QUANG),
          ),
          `Tuyên Quang's groups are ${nodes.map((node) => node.id).join(', ') || 'none'}`,
        );
        const { networksOfMember } = await gql<{ networksOfMember: { nodes: { networkId: string; current: boolean }[] } }>(
          'query($id: ID!) { networksOfMember(memberKind: "group", memberId: $id, currentOnly: true) { nodes { networkId current } } }',
          { id: CLUB_LUNG_CU },
        );
        ensure(
          networksOfMember.nodes.some((node) => node.networkId === BORDER_NETWORK && node.current),
          `${CLUB_LUNG_CU} is not shown in ${BORDER_NETWORK}`,
        );
        return `${nodes.length} group in Tuyên Quang, a current member of Lào Cai's border network`;
      },
    },
    {
      username: 'demo.doitruong',
      what: 'its own self-registered group',
      see: async (gql) => {
        const { group } = await gql<{ group: GroupNode | null }>('query($id: ID!) { group(id: $id) { id status origin channel } }', { id: GUIDES_SA_PA });
        ensure(group?.status === 'active' && group.channel === 'self', `${GUIDES_SA_PA} is ${group ? `${group.channel}, ${group.status}` : 'not shown'}`);
        return `its group registered by itself, verified: ${group.status}`;
      },
    },
    {
      username: 'demo.xa',
      what: "the commune's need",
      see: async (gql) => {
        const { unitNeeds } = await gql<{ unitNeeds: { nodes: NeedNode[] } }>(
          `query($unitId: ID!) { unitNeeds(unitId: $unitId) { nodes { ${NEED_FIELDS} } } }`,
          {
            unitId: XA_Y_TY,
          },
        );
        return `Y Tý's need: ${needShown(
          unitNeeds.nodes.find((node) => node.id === demo.need.needId),
          demo.need.matches,
        )}`;
      },
    },
    {
      username: demo.partner.accountUsername,
      what: "the partner's agreement and matched need",
      see: async (gql) => {
        const seen = await gql<{
          myPartner: { id: string } | null;
          myAgreements: { nodes: { id: string; status: string }[] };
          myMatchedNeeds: { nodes: NeedNode[] };
        }>(`{ myPartner { id } myAgreements(first: 100) { nodes { id status } } myMatchedNeeds(first: 100) { nodes { ${NEED_FIELDS} } } }`);
        ensure(seen.myPartner?.id === demo.partner.partnerId, `the account reads as ${seen.myPartner?.id ?? 'no partner'}`);
        const status = agreementStatusOn(demo.agreement, today);
        const agreements = seen.myAgreements.nodes.map((node) => `${node.id}:${node.status}`);
        ensure(same(agreements, [`${demo.agreement.agreementId}:${status}`]), `the partner's agreements are ${agreements.join(', ') || 'none'}`);
        ensure(
          same(
            seen.myMatchedNeeds.nodes.map((node) => node.id),
            [demo.need.needId],
          ),
          `the partner's needs are ${seen.myMatchedNeeds.nodes.map((node) => node.id).join(', ') || 'none'}`,
        );
        // Its own matches only: the club's offer is not the partner's to read.
        const matches = (seen.myMatchedNeeds.nodes[0]?.matches ?? []).map((match) => `${match.matchId}:${match.status}`);
        ensure(same(matches, matchStatuses(partnerMatches)), `the partner reads matches ${matches.join(', ')}`);
        const refused = await gql('query($unitId: ID!) { unitGroups(unitId: $unitId) { totalCount } }', { unitId: LAO_CAI }).then(
          () => false,
          (error: unknown) => error instanceof GatewayError,
        );
        ensure(refused, "the partner's account reads the province's groups");
        return `its agreement ${status}, one need with its own match ${matchStatuses(partnerMatches).join(', ')}; the province's groups refused`;
      },
    },
  ];
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Signs in as each demo account through the gateway and reads what a new user would see of the
 * network, until it is as the demo data says (the read models follow the events within seconds)
 * or `waitMs` has passed. Lines say what each account saw; problems what still differed. Each
 * session is ended afterwards.
 */
export async function seeNetworkThroughGateway(
  graphqlUrl: string,
  demo: NetworkDemo,
  dataset: DemoDataset,
  options: { today: string; waitMs: number },
): Promise<{ lines: string[]; problems: string[] }> {
  const deadline = Date.now() + options.waitMs;
  const sessions = new Map<string, string>();
  const lines: string[] = [];
  const problems: string[] = [];
  const tokenOf = async (username: string): Promise<string> => {
    const known = sessions.get(username);
    if (known) return known;
    const password = dataset.accounts.find((account) => account.username === username)?.password ?? '';
    const { signIn } = await post<{ signIn: { accessToken: string } }>(
      graphqlUrl,
      'mutation($username: String!, $password: String!) { signIn(username: $username, password: $password) { accessToken } }',
      { username, password },
    );
    sessions.set(username, signIn.accessToken);
    return signIn.accessToken;
  };
  try {
    for (const sight of sightsOf(demo, dataset, options.today)) {
      for (;;) {
        try {
          const token = await tokenOf(sight.username);
          lines.push(`${sight.username}: ${await sight.see((query, variables = {}) => post(graphqlUrl, query, variables, token))}`);
          break;
        } catch (error) {
          // Read models behind, or the gateway restarting: asked again until the deadline.
          if (Date.now() >= deadline) {
            const why = error instanceof Mismatch || error instanceof GatewayError ? error.message : `no answer from the gateway (${(error as Error).name})`;
            problems.push(`${sight.username} does not see ${sight.what}: ${why}`);
            break;
          }
          await pause(1_000);
        }
      }
    }
  } finally {
    for (const token of sessions.values()) await post(graphqlUrl, 'mutation { signOut { id } }', {}, token).catch(() => undefined);
  }
  return { lines, problems };
}

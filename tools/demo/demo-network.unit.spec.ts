import {
  type AcceptNeedMatch,
  type AdmitNetworkMember,
  agreementCommandTypes,
  agreementStreamId,
  groupCommandTypes,
  groupStatusOn,
  groupStreamId,
  membersOn,
  needCommandTypes,
  needStreamId,
  networkCommandTypes,
  networkStreamId,
  partnerCommandTypes,
  partnerStreamId,
  type ProposeNeedMatch,
  type RaiseNeed,
  type RegisterGroup,
  type SelfRegisterGroup,
  type SignAgreement,
  type LinkPartnerAccount,
} from '@tn/network-contracts';
import {
  agreementDecider,
  type AgreementState,
  groupDecider,
  type GroupState,
  needDecider,
  type NeedState,
  networkDecider,
  type NetworkState,
  partnerDecider,
  type PartnerState,
  statusInputsOf,
} from '@tn/network-domain';
import { accountIdOf } from '@tn/registry-contracts';
import type { Decider } from '@tn/shared-decider';
import { checkMessage, type CommandTypeDefinition, findInputProblem, isEntityId } from '@tn/shared-event-contracts';
import { checkDataset } from './check-dataset';
import { checkNetwork, currentUnits, demoNeedQuantities, lineageOf } from './check-network';
import { demoDataset, LAO_CAI, PARTNER_USERNAME } from './demo-dataset';
import {
  AGREEMENT,
  BORDER_NETWORK,
  CLUB_LUNG_CU,
  CLUB_Y_TY,
  GUIDES_SA_PA,
  NEED,
  NETWORK_STORY_DATE,
  networkDemo,
  type NetworkDemoCommand,
  networkDemoPhases,
  PARTNER,
} from './demo-network';

/** The loader's administrator (load-demo.ts). */
const LOADER = 'demo-loader';

/** A copy of the network demo to break in one place. */
const copyOfDemo = (): typeof networkDemo => structuredClone(networkDemo);

const commands = (): NetworkDemoCommand[] => networkDemoPhases().flatMap((phase) => phase.groups.flat());

type AnyDecider = Decider<object, { type: string; data: Record<string, unknown> }, unknown>;
type AnyDefinition = CommandTypeDefinition<string, object, unknown>;

/** Every network command type with its decider, as the network service routes them. */
const ROUTES = new Map<string, { definition: AnyDefinition; decider: AnyDecider }>(
  [
    [groupCommandTypes, groupDecider],
    [networkCommandTypes, networkDecider],
    [partnerCommandTypes, partnerDecider],
    [agreementCommandTypes, agreementDecider],
    [needCommandTypes, needDecider],
  ].flatMap(([definitions, decider]) =>
    (definitions as readonly AnyDefinition[]).map((definition) => [definition.type, { definition, decider: decider as unknown as AnyDecider }] as const),
  ),
);

const routeOf = (type: string) => {
  const route = ROUTES.get(type);
  if (!route) throw new Error(`no network command type ${type}`);
  return route;
};

/**
 * The network service without its servers: each demo command decided by its decider on the
 * story's date, with the facts its route would look up (units known in the demo dataset, the
 * records the streams hold, the demo accounts) and the actor the loader sends it as; an accepted
 * group offer books the group's dates, as the booking reactor does. Refusals are collected.
 */
function replay(list: NetworkDemoCommand[], today = NETWORK_STORY_DATE) {
  const streams = new Map<string, { type: string; data: Record<string, unknown> }[]>();
  const units = currentUnits(demoDataset);
  const known = (unitId: string) => units.has(unitId);
  const stateOf = <S>(type: string, streamId: string): S => {
    const { decider } = routeOf(type);
    return (streams.get(streamId) ?? []).reduce((state, event) => decider.evolve(state, event), decider.initialState()) as S;
  };
  const group = (id: string) => stateOf<GroupState>('VerifyGroup', groupStreamId(id));
  const partner = (id: string) => stateOf<PartnerState>('RegisterPartner', partnerStreamId(id));
  const agreement = (id: string) => stateOf<AgreementState>('AmendAgreement', agreementStreamId(id));
  const need = (id: string) => stateOf<NeedState>('RaiseNeed', needStreamId(id));

  const factsOf = (type: string, payload: object): object => {
    switch (type) {
      case 'RegisterGroup':
      case 'SelfRegisterGroup': {
        const p = payload as Partial<RegisterGroup & SelfRegisterGroup>;
        return { unknownUnitIds: [p.hostUnitId ?? p.proposedHostUnitId ?? '', ...(p.areaUnitIds ?? [])].filter((unitId) => !known(unitId)) };
      }
      case 'VerifyGroup':
        // Every demo unit is active on the story date: the proposed host is the current one.
        return { currentHostUnitId: group((payload as { groupId: string }).groupId).ownerUnitId };
      case 'AdmitNetworkMember': {
        const { kind, id } = (payload as AdmitNetworkMember).member;
        const exists = kind === 'group' ? group(id).status === 'verified' : kind === 'unit' ? known(id) : partner(id).status !== 'none';
        return { member: { kind, id, exists } };
      }
      case 'LinkPartnerAccount': {
        const account = demoDataset.accounts.find((candidate) => accountIdOf(candidate.username) === (payload as LinkPartnerAccount).accountId);
        return { account: account ? { kind: account.kind } : undefined };
      }
      case 'SignAgreement':
        return { partner: { status: partner((payload as SignAgreement).partnerId).status } };
      case 'RaiseNeed': {
        const { placeUnitId, unitId } = payload as RaiseNeed;
        return { place: { known: known(placeUnitId), withinUnit: lineageOf(units, placeUnitId).includes(unitId) } };
      }
      case 'ProposeNeedMatch': {
        const { offerer, agreementId } = payload as ProposeNeedMatch;
        const offererRecord = { status: offerer.kind === 'group' ? group(offerer.id).status : partner(offerer.id).status };
        if (!agreementId) return { offererRecord };
        const found = agreement(agreementId);
        const raised = need((payload as ProposeNeedMatch).needId);
        const lineage = raised.status === 'none' ? [] : lineageOf(units, raised.unitId);
        const named =
          found.status === 'none'
            ? { status: 'none' }
            : {
                status: 'found',
                partnerId: found.partnerId,
                bindsUnit: [found.leadUnitId, ...found.partyUnitIds].some((unitId) => lineage.includes(unitId)),
                validFrom: found.validFrom,
                validTo: found.validTo,
              };
        return { offererRecord, agreement: named };
      }
      case 'AcceptNeedMatch': {
        const { needId, matchId } = payload as AcceptNeedMatch;
        const raised = need(needId);
        const match = raised.status === 'none' ? undefined : raised.matches.find((candidate) => candidate.matchId === matchId);
        if (match?.offerer.kind !== 'group') return { groupBookings: [] };
        const offered = group(match.offerer.id);
        return { groupBookings: offered.bookings, groupRecord: { status: offered.status } };
      }
      default:
        return {};
    }
  };

  const refusals: string[] = [];
  const decide = (type: string, payload: object, actorId: string, id: string) => {
    const { definition, decider } = routeOf(type);
    const streamId = definition.streamId(payload);
    const events = streams.get(streamId) ?? [];
    const state = events.reduce((folded, event) => decider.evolve(folded, event), decider.initialState());
    try {
      const decided = decider.decide({ type, ...payload, ...factsOf(type, payload), today, actorId }, state);
      streams.set(streamId, [...events, ...decided]);
      return decided;
    } catch (error) {
      refusals.push(`${type} ${id}: ${(error as { code?: string }).code ?? (error as Error).message}`);
      return [];
    }
  };
  for (const command of list) {
    const events = decide(command.type, command.payload, command.actAs ? accountIdOf(command.actAs) : LOADER, command.id);
    // The booking reactor: an accepted group offer books the group on the need's dates.
    const accepted = events.find((event) => event.type === 'NeedMatchAccepted');
    const raised = accepted && need(String(accepted.data['needId']));
    const match = raised && raised.status !== 'none' ? raised.matches.find((candidate) => candidate.matchId === accepted.data['matchId']) : undefined;
    if (raised && raised.status !== 'none' && match?.offerer.kind === 'group') {
      const { needId, from, to } = raised;
      decide('BookGroupDates', { groupId: match.offerer.id, needId, matchId: match.matchId, from, to }, 'network-booking', command.id);
    }
  }
  return { refusals, streams, group, need, network: (id: string) => stateOf<NetworkState>('FormNetwork', networkStreamId(id)), partner };
}

describe('the demo network', () => {
  it('passes its checks against the demo dataset on the story date, and the dataset its own', () => {
    expect(checkNetwork(networkDemo, demoDataset, NETWORK_STORY_DATE)).toEqual([]);
    expect(checkDataset(demoDataset)).toEqual([]);
  });

  it('sends payloads that match the network contracts, with ids in the platform grammar', () => {
    for (const command of commands()) {
      const { definition } = routeOf(command.type);
      expect([command.type, checkMessage(definition.payload, command.payload)]).toEqual([command.type, []]);
      expect([command.type, findInputProblem(command.payload)]).toEqual([command.type, undefined]);
      expect(isEntityId(`demo:${command.type}:${command.id}`)).toBe(true);
    }
    const ids = commands().map((command) => `${command.type}:${command.id}`);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is decided without a refusal by the network deciders on the story date', () => {
    expect(replay(commands()).refusals).toEqual([]);
  });

  it("leaves Lào Cai's groups active, one of them self-registered by its leader and verified by someone else", () => {
    const { group } = replay(commands());
    const laoCai = networkDemo.groups.filter((candidate) => lineageOf(currentUnits(demoDataset), group(candidate.groupId).ownerUnitId).includes(LAO_CAI));
    expect(laoCai.map((candidate) => candidate.groupId)).toHaveLength(3);
    for (const { groupId } of networkDemo.groups)
      expect([groupId, groupStatusOn(statusInputsOf(group(groupId)), NETWORK_STORY_DATE)]).toEqual([groupId, 'active']);
    const guides = group(GUIDES_SA_PA);
    expect(guides.channel).toBe('self');
    expect(guides.registeredBy).toBe(accountIdOf('demo.doitruong'));
    expect(guides.profile).toBeDefined();
    expect(demoDataset.accounts.find((account) => account.username === 'demo.doitruong')?.personId).toBe('demo-tnv-13');
  });

  it('joins a club of another province to the border network without moving it', () => {
    const { group, network } = replay(commands());
    const members = membersOn(network(BORDER_NETWORK).memberships, NETWORK_STORY_DATE).map((member) => `${member.memberKind}:${member.memberId}`);
    expect(members).toEqual(expect.arrayContaining([`group:${CLUB_Y_TY}`, `group:${CLUB_LUNG_CU}`, `partner:${PARTNER}`]));
    expect(members).toHaveLength(networkDemo.network.members.length);
    expect(lineageOf(currentUnits(demoDataset), group(CLUB_LUNG_CU).ownerUnitId)).not.toContain(LAO_CAI);
  });

  it("links the dataset's partner account to the partner", () => {
    const { partner } = replay(commands());
    const linked = partner(PARTNER);
    expect(linked.status).toBe('registered');
    expect(linked.status === 'registered' && linked.accountIds).toEqual([accountIdOf(PARTNER_USERNAME)]);
    expect(demoDataset.accounts.find((account) => account.username === PARTNER_USERNAME)?.kind).toBe('partner');
  });

  it("matches Y Tý's need to the club (booked) and to the partner under its agreement (delivered)", () => {
    const { need, group } = replay(commands());
    const raised = need(NEED);
    expect(raised.status).toBe('open');
    expect(raised.status !== 'none' && raised.matches.map((match) => [match.offerer.kind, match.status, match.agreementId])).toEqual([
      ['group', 'accepted', undefined],
      ['partner', 'fulfilled', AGREEMENT],
    ]);
    expect(demoNeedQuantities(networkDemo)).toEqual({ requested: 300, proposed: 0, committed: 300, delivered: 200, outstanding: 0 });
    expect(group(CLUB_Y_TY).bookings.map(({ needId, from, to, released }) => ({ needId, from, to, released }))).toEqual([
      { needId: NEED, from: networkDemo.need.from, to: networkDemo.need.to, released: false },
    ]);
  });

  it('sends the self-registration as the leader and everything else as the administrator', () => {
    expect(commands().filter((command) => command.actAs !== undefined)).toEqual([
      expect.objectContaining({ type: 'SelfRegisterGroup', actAs: 'demo.doitruong' }),
    ]);
  });
});

describe('checkNetwork', () => {
  it('reports a leader who is no person of the dataset', () => {
    const demo = copyOfDemo();
    const club = demo.groups.find((group) => group.groupId === CLUB_Y_TY);
    if (club) club.leaderPersonIds = ['demo-cb-99'];
    expect(checkNetwork(demo, demoDataset, NETWORK_STORY_DATE)).toEqual([`group ${CLUB_Y_TY}: leader demo-cb-99 is no person of a unit today`]);
  });

  it('reports a self-registration sent as an account that is not the leader’s', () => {
    const demo = copyOfDemo();
    const guides = demo.groups.find((group) => group.groupId === GUIDES_SA_PA);
    if (guides?.channel === 'self') guides.leaderUsername = 'demo.xa';
    expect(checkNetwork(demo, demoDataset, NETWORK_STORY_DATE)).toEqual([`group ${GUIDES_SA_PA}: account demo.xa is not demo-tnv-13's`]);
  });

  it('reports a membership that starts after the day the demo is loaded', () => {
    expect(checkNetwork(networkDemo, demoDataset, '2026-11-01')).toEqual([
      `network ${BORDER_NETWORK}: member partner ${PARTNER}'s first day is 2026-11-20, after today (2026-11-01)`,
    ]);
  });

  it("reports an offer under an agreement not in force over the need's dates", () => {
    const demo = copyOfDemo();
    demo.agreement.validTo = '2026-12-15';
    expect(checkNetwork(demo, demoDataset, NETWORK_STORY_DATE)).toEqual([
      `need ${NEED}: match demo-ghep-ao-am-hoang-lien: agreement ${AGREEMENT} is not in force from 2026-12-01 to 2026-12-31`,
    ]);
  });

  it('reports more committed than the need asks for', () => {
    const demo = copyOfDemo();
    demo.need.quantity = 250;
    expect(checkNetwork(demo, demoDataset, NETWORK_STORY_DATE)).toEqual([`need ${NEED}: 300 committed of 250 asked`]);
  });
});

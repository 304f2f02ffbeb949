import { type Decider, fold } from '@tn/shared-decider';
import { checkMessage, EventTypeRegistry, findInputProblem } from '@tn/shared-event-contracts';
import { networkCommandTypes, networkEventTypes, networkMembershipEventTypes } from '@tn/network-contracts';
import type { NetworkCommand } from './network.commands';
import { networkDecider } from './network.decide';

/** Runs commands in turn on one stream, returning every event it would hold. */
function stream<C, E, S>(decider: Decider<C, E, S>, commands: C[]): E[] {
  return commands.reduce<E[]>((events, command) => [...events, ...decider.decide(command, fold(decider, events))], []);
}

const act = { today: '2026-06-10', actorId: 'acc-1' };
const commands: NetworkCommand[] = [
  {
    type: 'FormNetwork',
    networkId: 'net-1',
    name: 'Liên minh tình nguyện vì trẻ em',
    kind: 'coalition',
    reach: 'national',
    ownerUnitId: 'u-1',
    fields: ['children-care-education'],
    purpose: 'Điều phối nguồn lực cho trẻ em vùng cao',
    ...act,
  },
  { type: 'AdmitNetworkMember', networkId: 'net-1', member: { kind: 'group', id: 'grp-1', exists: true }, from: '2026-01-01', ...act },
  { type: 'AdmitNetworkMember', networkId: 'net-1', member: { kind: 'partner', id: 'ptn-1', exists: true }, from: '2026-02-01', ...act },
  { type: 'EndNetworkMembership', networkId: 'net-1', memberKind: 'group', memberId: 'grp-1', to: '2026-03-31', reason: 'Tạm dừng', ...act },
  { type: 'DissolveNetwork', networkId: 'net-1', on: '2026-06-01', reason: 'Sáp nhập vào liên minh mới', ...act },
];
const events = stream(networkDecider, commands);

/** The payload as sent: the route's facts (act, member existence) removed. */
function payloadOf(command: NetworkCommand): object {
  const { type: _type, today: _today, actorId: _actorId, ...rest } = command;
  if (command.type !== 'AdmitNetworkMember') return rest;
  const { exists: _exists, dissolved: _dissolved, ...member } = command.member;
  return { ...rest, member };
}

describe('network events and commands against their contracts', () => {
  const registry = new EventTypeRegistry(networkMembershipEventTypes);

  it('decides every network event type in one run', () => {
    expect(new Set(events.map((event) => event.type))).toEqual(new Set(networkMembershipEventTypes.map((definition) => definition.type)));
  });

  it('writes only events whose data match their contract', () => {
    expect(events.flatMap((event) => (registry.assertValid(event.type, event.data), []))).toEqual([]);
  });

  it('is part of the network context’s event types', () => {
    const all = new Set(networkEventTypes.map((definition) => definition.type));
    expect(networkMembershipEventTypes.filter((definition) => !all.has(definition.type))).toEqual([]);
  });

  it('takes payloads that match their command schema, the route’s facts aside', () => {
    const problems = commands.flatMap((command) => {
      const definition = networkCommandTypes.find((candidate) => candidate.type === command.type);
      if (!definition) return [`${command.type}: no command type`];
      return checkMessage(definition.payload, payloadOf(command)).map((problem) => `${command.type}: ${problem.field} ${problem.problem}`);
    });
    expect(problems).toEqual([]);
    expect(commands.map((command) => findInputProblem(payloadOf(command))).filter(Boolean)).toEqual([]);
    expect(new Set(commands.map((command) => command.type)).size).toBe(networkCommandTypes.length);
  });

  it('tells an unknown field of the member apart: the route’s facts are not part of the payload', () => {
    const [, admit] = networkCommandTypes;
    const problems = checkMessage(admit.payload, { networkId: 'n', member: { kind: 'group', id: 'g', exists: true }, from: '2026-01-01' });
    expect(problems.map((problem) => problem.field)).toEqual(['member.exists']);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { agreementCommandTypes, networkEventTypes, partnerCommandTypes, partnerEventTypes } from '@tn/network-contracts';
import { type Decider, fold } from '@tn/shared-decider';
import { checkMessage, EventTypeRegistry, findInputProblem } from '@tn/shared-event-contracts';
import type { AgreementCommand } from './agreement/agreement.commands';
import { agreementDecider } from './agreement/agreement.decide';
import type { PartnerCommand } from './partner/partner.commands';
import { partnerDecider } from './partner/partner.decide';

/** Runs commands in turn on one stream, returning every event it would hold. */
function stream<C, E, S>(decider: Decider<C, E, S>, commands: C[]): E[] {
  return commands.reduce<E[]>((events, command) => [...events, ...decider.decide(command, fold(decider, events))], []);
}

const act = { today: '2026-03-02', actorId: 'acc-1' };
const commitment = { commitmentId: 'c1', kind: 'items' as const, description: 'Máy tính', quantity: 10, measure: 'bộ' };

const partnerCommands: PartnerCommand[] = [
  { type: 'RegisterPartner', partnerId: 'p1', name: 'VNPT', kind: 'business', countryCode: 'vn', ownerUnitId: 'u-1', website: 'https://vnpt.vn', ...act },
  { type: 'RevisePartner', partnerId: 'p1', name: 'VNPT Lào Cai', kind: 'business', ...act },
  { type: 'LinkPartnerAccount', partnerId: 'p1', accountId: 'acc-p1', account: { kind: 'partner' }, ...act },
  { type: 'UnlinkPartnerAccount', partnerId: 'p1', accountId: 'acc-p1', ...act },
];
const agreementCommands: AgreementCommand[] = [
  {
    type: 'SignAgreement',
    agreementId: 'a1',
    partnerId: 'p1',
    title: 'Hợp tác',
    scope: 'Chuyển đổi số',
    fields: ['digital-transformation'],
    leadUnitId: 'u-1',
    partyUnitIds: ['u-2'],
    signedOn: '2026-03-01',
    validFrom: '2026-03-01',
    validTo: '2026-12-31',
    commitments: [commitment],
    partner: { status: 'registered' },
    ...act,
  },
  { type: 'AmendAgreement', agreementId: 'a1', validTo: '2027-12-31', scope: 'Chuyển đổi số và môi trường', commitments: [commitment], ...act },
  { type: 'TerminateAgreement', agreementId: 'a1', on: '2026-06-01', reason: 'Kết thúc sớm', ...act },
];

const events = [...stream(partnerDecider, partnerCommands), ...stream(agreementDecider, agreementCommands)];
const commands = [...partnerCommands, ...agreementCommands];
const commandTypes = [...partnerCommandTypes, ...agreementCommandTypes];
const FACTS = ['type', 'today', 'actorId', 'account', 'linkedPartnerId', 'partner'];

/** What the route adds to a payload before deciding (the envelope's actor, today, looked-up facts). */
const payloadOf = (command: (typeof commands)[number]) => Object.fromEntries(Object.entries(command).filter(([key]) => !FACTS.includes(key)));

describe('partner and agreement events and commands against their contracts', () => {
  const registry = new EventTypeRegistry(partnerEventTypes);

  it('decides every event type of the area, in the run or in its aggregate spec', () => {
    const produced = new Set<string>(events.map((event) => event.type));
    const specs = readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.unit.spec.ts') && !file.endsWith('contracts.unit.spec.ts'))
      .map((file) => readFileSync(join(__dirname, file), 'utf8'))
      .join('\n');
    expect(partnerEventTypes.map((definition) => definition.type).filter((type) => !produced.has(type) && !specs.includes(`type: '${type}'`))).toEqual([]);
    expect(produced.size).toBe(partnerEventTypes.length);
  });

  it('writes only events whose data match their contract', () => {
    const problems = events.flatMap((event) => {
      try {
        registry.assertValid(event.type, event.data);
        return [];
      } catch (error) {
        return [(error as Error).message];
      }
    });
    expect(problems).toEqual([]);
  });

  it('is part of the network context’s event types', () => {
    const all = new Set(networkEventTypes.map((definition) => definition.type));
    expect(partnerEventTypes.filter((definition) => !all.has(definition.type))).toEqual([]);
  });

  it('takes payloads that match their command schema, the route’s facts aside', () => {
    const problems = commands.flatMap((command) => {
      const definition = commandTypes.find((candidate) => candidate.type === command.type);
      if (!definition) return [`${command.type}: no command type`];
      return checkMessage(definition.payload, payloadOf(command)).map((problem) => `${command.type}: ${problem.field} ${problem.problem}`);
    });
    expect(problems).toEqual([]);
    expect(commands.map((command) => findInputProblem(payloadOf(command))).filter(Boolean)).toEqual([]);
    expect(new Set(commands.map((command) => command.type)).size).toBe(commandTypes.length);
  });
});

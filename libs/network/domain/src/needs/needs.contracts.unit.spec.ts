import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fold } from '@tn/shared-decider';
import { checkMessage, EventTypeRegistry, findInputProblem } from '@tn/shared-event-contracts';
import { needCommandTypes, needEventTypes, networkEventTypes } from '@tn/network-contracts';
import type { NeedCommand } from './need.commands';
import { needDecider } from './need.decide';
import type { NeedEvent } from './need.events';

const act = { today: '2026-07-01', actorId: 'acc-1' };
const commands: NeedCommand[] = [
  {
    type: 'RaiseNeed',
    needId: 'need-1',
    unitId: 'u-1',
    source: 'activity-survey',
    activityId: 'act-1',
    kind: 'people',
    description: 'Dọn bùn',
    skills: ['Sơ cứu'],
    fields: ['disaster-prevention-response'],
    quantity: 10,
    measure: 'người',
    placeUnitId: 'u-2',
    from: '2026-08-10',
    to: '2026-08-12',
    priority: 'high',
    place: { known: true, withinUnit: true },
    activity: { found: true, withinUnit: true },
    ...act,
  },
  {
    type: 'ProposeNeedMatch',
    needId: 'need-1',
    matchId: 'm-1',
    offerer: { kind: 'group', id: 'g-1' },
    quantity: 6,
    note: 'Có xe',
    offererRecord: { status: 'verified' },
    ...act,
  },
  {
    type: 'ProposeNeedMatch',
    needId: 'need-1',
    matchId: 'm-2',
    offerer: { kind: 'partner', id: 'p-1' },
    agreementId: 'agr-1',
    quantity: 4,
    offererRecord: { status: 'registered' },
    agreement: { status: 'found', partnerId: 'p-1', bindsUnit: true, validFrom: '2026-01-01', validTo: '2026-12-31' },
    ...act,
  },
  {
    type: 'ProposeNeedMatch',
    needId: 'need-1',
    matchId: 'm-3',
    offerer: { kind: 'group', id: 'g-3' },
    quantity: 2,
    offererRecord: { status: 'verified' },
    ...act,
  },
  { type: 'AcceptNeedMatch', needId: 'need-1', matchId: 'm-1', groupBookings: [], groupRecord: { status: 'verified' }, ...act },
  { type: 'AcceptNeedMatch', needId: 'need-1', matchId: 'm-2', ...act },
  { type: 'DeclineNeedMatch', needId: 'need-1', matchId: 'm-3', reason: 'Trùng lịch', ...act },
  { type: 'ReleaseNeedMatch', needId: 'need-1', matchId: 'm-1', reason: 'group-double-booked', ...act },
  {
    type: 'ProposeNeedMatch',
    needId: 'need-1',
    matchId: 'm-4',
    offerer: { kind: 'group', id: 'g-4' },
    quantity: 6,
    offererRecord: { status: 'verified' },
    ...act,
  },
  { type: 'AcceptNeedMatch', needId: 'need-1', matchId: 'm-4', groupBookings: [], groupRecord: { status: 'verified' }, ...act },
  { type: 'RecordNeedMatchFulfilled', needId: 'need-1', matchId: 'm-2', deliveredQuantity: 4, ...act },
  { type: 'RecordNeedMatchFulfilled', needId: 'need-1', matchId: 'm-4', deliveredQuantity: 6, ...act },
  {
    type: 'RaiseNeed',
    needId: 'need-2',
    unitId: 'u-1',
    source: 'unit',
    kind: 'money',
    description: 'Quỹ',
    skills: [],
    fields: [],
    quantity: 5e6,
    measure: 'VND',
    placeUnitId: 'u-1',
    from: '2026-08-01',
    to: '2026-08-31',
    priority: 'low',
    place: { known: true, withinUnit: true },
    ...act,
  },
  { type: 'CancelNeed', needId: 'need-2', reason: 'Đã đủ', ...act },
];

/** Each need's commands in turn on its own stream. */
const events: NeedEvent[] = [];
const byStream = new Map<string, NeedEvent[]>();
for (const command of commands) {
  const history = byStream.get(command.needId) ?? [];
  const decided = needDecider.decide(command, fold(needDecider, history));
  byStream.set(command.needId, [...history, ...decided]);
  events.push(...decided);
}

/** What the route adds to a payload before deciding (the envelope's actor, today, looked-up facts). */
const FACTS = ['today', 'actorId', 'place', 'activity', 'offererRecord', 'agreement', 'groupBookings', 'groupRecord'];
const payloadOf = ({ type: _type, ...rest }: NeedCommand) => Object.fromEntries(Object.entries(rest).filter(([key]) => !FACTS.includes(key)));

describe('need events and commands against their contracts', () => {
  const registry = new EventTypeRegistry(needEventTypes);

  it('decides every need event type, in the run or in the specs', () => {
    const produced = new Set<string>(events.map((event) => event.type));
    const specs = readdirSync(__dirname)
      .filter((file) => file.endsWith('.unit.spec.ts') && !file.endsWith('contracts.unit.spec.ts'))
      .map((file) => readFileSync(join(__dirname, file), 'utf8'))
      .join('\n');
    expect(needEventTypes.map((definition) => definition.type).filter((type) => !produced.has(type) && !specs.includes(`type: '${type}'`))).toEqual([]);
    expect(produced.size).toBe(needEventTypes.length);
  });

  it('writes only events whose data match their contract', () => {
    for (const event of events) expect(() => registry.assertValid(event.type, event.data)).not.toThrow();
  });

  it('is part of the network context’s event types', () => {
    const all = new Set(networkEventTypes.map((definition) => definition.type));
    expect(needEventTypes.filter((definition) => !all.has(definition.type))).toEqual([]);
  });

  it('takes payloads that match their command schema, the route’s facts aside', () => {
    const problems = commands.flatMap((command) => {
      const definition = needCommandTypes.find((candidate) => candidate.type === command.type);
      if (!definition) return [`${command.type}: no command type`];
      return checkMessage(definition.payload, payloadOf(command)).map((problem) => `${command.type}: ${problem.field} ${problem.problem}`);
    });
    expect(problems).toEqual([]);
    expect(commands.map((command) => findInputProblem(payloadOf(command))).filter(Boolean)).toEqual([]);
    expect(new Set(commands.map((command) => command.type)).size).toBe(needCommandTypes.length);
  });
});

import { type Decider, fold } from '@tn/shared-decider';
import { checkMessage, EventTypeRegistry, findInputProblem } from '@tn/shared-event-contracts';
import { reportingCommandTypes, reportingEventTypes } from '@tn/reporting-contracts';
import type { ActFacts } from './common/act';
import type { DeclaredValueCommand } from './declared/declared-value.commands';
import { declaredValueDecider } from './declared/declared-value.decide';
import type { IndicatorCommand } from './indicators/indicator.commands';
import { indicatorDecider } from './indicators/indicator.decide';

/** Runs commands in turn on one stream, returning every event it would hold. */
function stream<C, E, S>(decider: Decider<C, E, S>, commands: C[]): E[] {
  return commands.reduce<E[]>((events, command) => [...events, ...decider.decide(command, fold(decider, events))], []);
}

const act: ActFacts = { today: '2026-06-10', at: '2026-06-10T02:00:00.000Z', actorId: 'acc-1' };
const definition = {
  code: 'HG-02',
  nameVi: 'Tỷ lệ xã có hoạt động phối hợp với đối tác',
  nameEn: 'Share of communes with joint activities',
  formula: {
    kind: 'coverage' as const,
    units: { levelLabels: ['Đoàn xã'], flags: { border: true } },
    condition: { source: 'flows' as const, kinds: ['joint-activity' as const], aggregate: 'count' as const, filter: { domains: ['public-health'] } },
    atLeast: 2,
    factor: 100,
  },
  unit: '%',
  targets: [{ year: 2030, value: 50 }],
};
const indicatorCommands: IndicatorCommand[] = [
  { type: 'DefineIndicator', indicatorId: 'hg-joint', ...definition, ownerUnitId: 'tinh-ha-giang', ...act },
  { type: 'ReviseIndicator', indicatorId: 'hg-joint', ...definition, targets: [{ year: 2027, value: 30, direction: 'at-least' }], ...act },
  { type: 'RetireIndicator', indicatorId: 'hg-joint', reason: 'Thay bằng chỉ tiêu mới', ...act },
];
const declaredCommands: DeclaredValueCommand[] = [
  { type: 'DeclareValue', unitId: 'xa-lung-cu', period: 'H2026-1', key: 'activities-held', value: 9, ...act },
  { type: 'DeclareValue', unitId: 'xa-lung-cu', period: 'H2026-1', key: 'activities-held', value: 11, note: 'Bổ sung 2 hoạt động', ...act },
];
const events = [...stream(indicatorDecider, indicatorCommands), ...stream(declaredValueDecider, declaredCommands)];
const commands = [...indicatorCommands, ...declaredCommands];

/** The payload as sent: the route's facts (the act) removed. */
function payloadOf(command: IndicatorCommand | DeclaredValueCommand): object {
  const { type: _type, today: _today, at: _at, actorId: _actorId, ...payload } = command;
  return payload;
}

describe('reporting events and commands against their contracts', () => {
  const registry = new EventTypeRegistry(reportingEventTypes);

  it('decides every reporting event type in one run', () => {
    expect(new Set(events.map((event) => event.type))).toEqual(new Set(reportingEventTypes.map((eventDefinition) => eventDefinition.type)));
  });

  it('writes only events whose data match their contract', () => {
    expect(events.flatMap((event) => (registry.assertValid(event.type, event.data), []))).toEqual([]);
  });

  it('carries the whole definition in every indicator event, its version counted', () => {
    expect(events.slice(0, 3).map((event) => [event.type, (event.data as { version: number }).version, (event.data as { code: string }).code])).toEqual([
      ['IndicatorDefined', 1, 'HG-02'],
      ['IndicatorRevised', 2, 'HG-02'],
      ['IndicatorRetired', 2, 'HG-02'],
    ]);
  });

  it('takes payloads that match their command schema, the route’s facts aside', () => {
    const problems = commands.flatMap((command) => {
      const commandDefinition = reportingCommandTypes.find((candidate) => candidate.type === command.type);
      if (!commandDefinition) return [`${command.type}: no command type`];
      return checkMessage(commandDefinition.payload, payloadOf(command)).map((problem) => `${command.type}: ${problem.field} ${problem.problem}`);
    });
    expect(problems).toEqual([]);
    expect(commands.map((command) => findInputProblem(payloadOf(command))).filter(Boolean)).toEqual([]);
    expect(new Set(commands.map((command) => command.type)).size).toBe(reportingCommandTypes.length);
  });
});

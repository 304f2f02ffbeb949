import { readdirSync, readFileSync } from 'node:fs';
import { checkMessage, EventTypeRegistry } from '@tn/shared-event-contracts';
import { groupCommandTypes, groupEventTypes } from '@tn/network-contracts';
import type { GroupCommand } from './group.commands';
import {
  bookDates,
  carryGroup,
  declareStatus,
  moveGroup,
  recordActivity,
  registerGroup,
  releaseDates,
  reviseGroup,
  run,
  selfRegisterGroup,
  verifyGroup,
} from './group.test-fixtures';

// One run over every group command type: each payload matches its command class once the route's
// facts are set apart, each event its contract, and each command names its stream and rights.
const commands: GroupCommand[] = [
  registerGroup({ foundedOn: '2020-01-01', today: '2026-01-05' }),
  reviseGroup({ size: 30 }),
  moveGroup(),
  recordActivity({ today: '2026-03-10' }),
  bookDates(),
  releaseDates(),
  carryGroup({ fromUnitId: 'xa-sa-pa' }),
  declareStatus({ status: 'dissolved' }),
];
const pending: GroupCommand[] = [selfRegisterGroup(), verifyGroup()];
const declined: GroupCommand[] = [
  selfRegisterGroup({ groupId: 'g-3' }),
  { type: 'DeclineGroupVerification', groupId: 'g-3', reason: 'Trùng nhóm', today: '2026-03-10', actorId: 'acc-manager' },
];
const events = [...run(commands), ...run(pending), ...run(declined)];

/** The facts the route adds: never part of a payload. */
const FACTS = ['type', 'today', 'actorId', 'unknownUnitIds', 'currentHostUnitId'];
const payloadOf = (command: object) => Object.fromEntries(Object.entries(command).filter(([key]) => !FACTS.includes(key)));

describe('group events and commands against their contracts', () => {
  it('decides every group event type, in the run or in an aggregate spec', () => {
    const produced = new Set<string>(events.map((event) => event.type));
    const specs = readdirSync(__dirname)
      .filter((file) => file.endsWith('.unit.spec.ts') && file !== 'groups.contracts.unit.spec.ts')
      .map((file) => readFileSync(`${__dirname}/${file}`, 'utf8'))
      .join('\n');
    expect(groupEventTypes.map((definition) => definition.type).filter((type) => !produced.has(type) && !specs.includes(`type: '${type}'`))).toEqual([]);
    expect([...produced].sort()).toEqual(groupEventTypes.map((definition) => definition.type).sort());
  });

  it('writes only events whose data match their contract', () => {
    const registry = new EventTypeRegistry(groupEventTypes);
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

  it('sends payloads that match their command classes once the route’s facts are set apart', () => {
    const all = [...commands, ...pending, ...declined];
    const definitions = new Map<string, (typeof groupCommandTypes)[number]>(groupCommandTypes.map((definition) => [definition.type, definition]));
    expect(new Set(all.map((command) => command.type))).toEqual(new Set(definitions.keys()));
    const problems = all.flatMap((command) => {
      const definition = definitions.get(command.type);
      if (!definition) return [`${command.type}: no command type`];
      return checkMessage(definition.payload, payloadOf(command)).map((p) => `${command.type}.${p.field}: ${p.problem}`);
    });
    expect(problems).toEqual([]);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Decider, fold } from '@tn/shared-decider';
import { checkMessage, EventTypeRegistry, findInputProblem } from '@tn/shared-event-contracts';
import { catalogueEventTypes, coordinationModelCommandTypes, curriculumCommandTypes, materialCommandTypes, trainingEventTypes } from '@tn/training-contracts';
import type { CoordinationModelCommand } from './coordination-model/coordination-model.commands';
import { coordinationModelDecider } from './coordination-model/coordination-model.decide';
import type { CurriculumCommand } from './curriculum/curriculum.commands';
import { curriculumDecider } from './curriculum/curriculum.decide';
import type { MaterialCommand } from './material/material.commands';
import { materialDecider } from './material/material.decide';

/** Runs commands in turn on one stream, returning every event it would hold. */
function stream<C, E, S>(decider: Decider<C, E, S>, commands: C[]): E[] {
  return commands.reduce<E[]>((events, command) => [...events, ...decider.decide(command, fold(decider, events))], []);
}

const act = { today: '2026-03-02', actorId: 'acc-1' };
const inUse = { status: 'published' } as const;
const module1 = { moduleId: 'm1', title: 'Điều phối', hours: 4, outcomes: ['Lập kế hoạch'] };

const curriculumCommands: CurriculumCommand[] = [
  { type: 'DefineCurriculum', curriculumId: 'cur-1', title: 'ToT', targetGroup: 'trainers', ownerUnitId: 'u-1', modules: [module1], ...act },
  { type: 'ReviseCurriculum', curriculumId: 'cur-1', title: 'ToT 2026', modules: [module1, { ...module1, moduleId: 'm2' }], ...act },
  { type: 'RetireCurriculum', curriculumId: 'cur-1', reason: 'Thay thế', ...act },
];
const materialCommands: MaterialCommand[] = [
  {
    type: 'RegisterMaterial',
    materialId: 'mat-1',
    title: 'Cẩm nang',
    kind: 'handbook',
    curriculumId: 'cur-1',
    curriculum: inUse,
    targetGroups: ['trainers'],
    ownerUnitId: 'u-1',
    ...act,
  },
  { type: 'AddMaterialVersion', materialId: 'mat-1', version: 1, url: 'https://files.example.org/a.pdf', sha256: 'AB'.repeat(32), note: 'Bản đầu', ...act },
  { type: 'ApproveMaterialVersion', materialId: 'mat-1', version: 1, ...act },
  { type: 'RetireMaterial', materialId: 'mat-1', reason: 'Cũ', ...act },
];
const modelCommands: CoordinationModelCommand[] = [
  {
    type: 'DraftCoordinationModel',
    modelId: 'mo-1',
    name: 'Liên xã',
    description: 'Ban điều phối chung.',
    curriculumId: 'cur-1',
    ownerUnitId: 'u-1',
    curriculum: inUse,
    ...act,
  },
  {
    type: 'ReviseCoordinationModel',
    modelId: 'mo-1',
    name: 'Liên xã',
    description: 'Ban điều phối chung\ncủa ba xã.',
    curriculumId: 'cur-1',
    curriculum: inUse,
    ...act,
  },
  { type: 'PublishCoordinationModel', modelId: 'mo-1', curriculum: inUse, ...act },
  { type: 'RetireCoordinationModel', modelId: 'mo-1', reason: 'Gộp', ...act },
];

const events = [
  ...stream(curriculumDecider, curriculumCommands),
  ...stream(materialDecider, materialCommands),
  ...stream(coordinationModelDecider, modelCommands),
];
const commands = [...curriculumCommands, ...materialCommands, ...modelCommands];
const commandTypes = [...curriculumCommandTypes, ...materialCommandTypes, ...coordinationModelCommandTypes];

/** What the route adds to a payload before deciding (the envelope's actor, today, looked-up facts). */
const payloadOf = ({ type: _type, today: _today, actorId: _actorId, ...rest }: (typeof commands)[number]) =>
  Object.fromEntries(Object.entries(rest).filter(([key]) => key !== 'curriculum'));

describe('catalogue events and commands against their contracts', () => {
  const registry = new EventTypeRegistry(catalogueEventTypes);

  it('decides every catalogue event type, in the run or in its aggregate spec', () => {
    const produced = new Set<string>(events.map((event) => event.type));
    const specs = readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.unit.spec.ts') && !file.endsWith('contracts.unit.spec.ts'))
      .map((file) => readFileSync(join(__dirname, file), 'utf8'))
      .join('\n');
    expect(catalogueEventTypes.map((definition) => definition.type).filter((type) => !produced.has(type) && !specs.includes(`type: '${type}'`))).toEqual([]);
    expect(produced.size).toBe(catalogueEventTypes.length);
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

  it('is part of the training context’s event types', () => {
    const all = new Set(trainingEventTypes.map((definition) => definition.type));
    expect(catalogueEventTypes.filter((definition) => !all.has(definition.type))).toEqual([]);
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

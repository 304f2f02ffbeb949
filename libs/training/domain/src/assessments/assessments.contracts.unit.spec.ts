import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Decider, fold } from '@tn/shared-decider';
import { checkMessage, EventTypeRegistry, findInputProblem } from '@tn/shared-event-contracts';
import {
  ASSESSMENT_ERROR_CODES,
  assessmentEventTypes,
  capacityAssessmentCommandTypes,
  capacityRubricCommandTypes,
  TRAINING_ERROR_CODES,
  trainingEventTypes,
} from '@tn/training-contracts';
import type { CapacityAssessmentCommand } from './capacity-assessment.commands';
import { capacityAssessmentDecider } from './capacity-assessment.decide';
import type { CapacityRubricCommand } from './capacity-rubric.commands';
import { capacityRubricDecider } from './capacity-rubric.decide';
import { lookUpRubricVersion } from './capacity-rubric.types';

/** Runs commands in turn on one stream, returning every event it would hold. */
function stream<C, E, S>(decider: Decider<C, E, S>, commands: C[]): E[] {
  return commands.reduce<E[]>((events, command) => [...events, ...decider.decide(command, fold(decider, events))], []);
}

const act = { today: '2026-07-02', actorId: 'acc-1' };
const criteria = [
  { criterionId: 'plan', title: 'Kế hoạch', weight: 3 },
  { criterionId: 'digital', title: 'Chuyển đổi số', weight: 1 },
];

const rubricCommands: CapacityRubricCommand[] = [
  {
    type: 'DefineCapacityRubric',
    rubricId: 'r-1',
    title: 'Cán bộ chuyên trách',
    ownerUnitId: 'u-1',
    subjectKind: 'cadre',
    level: 'province',
    scale: { min: 1, max: 5 },
    criteria,
    ...act,
  },
  { type: 'ReviseCapacityRubric', rubricId: 'r-1', title: 'Cán bộ chuyên trách (2027)', scale: { min: 0, max: 10 }, criteria, ...act },
];
const rubricEvents = stream(capacityRubricDecider, rubricCommands);

const assessmentId = 'r-1:p-1:2026-H1';
const assessmentCommands: CapacityAssessmentCommand[] = [
  {
    type: 'RecordCapacityAssessment',
    assessmentId,
    subject: { kind: 'cadre', id: 'p-1', unitId: 'u-2' },
    rubricId: 'r-1',
    rubricVersion: 1,
    period: '2026-H1',
    scores: [
      { criterionId: 'plan', score: 4, evidence: 'Kế hoạch hè 2026' },
      { criterionId: 'digital', score: 2 },
    ],
    followUpPlan: 'Dự lớp chuyển đổi số',
    rubric: lookUpRubricVersion(fold(capacityRubricDecider, rubricEvents), 1),
    ...act,
  },
  { type: 'AmendCapacityAssessment', assessmentId, followUpPlan: 'Dự lớp chuyển đổi số quý III', note: 'Sau góp ý', ...act },
  { type: 'FinaliseCapacityAssessment', assessmentId, ...act },
];

const events = [...rubricEvents, ...stream(capacityAssessmentDecider, assessmentCommands)];
const commands = [...rubricCommands, ...assessmentCommands];
const commandTypes = [...capacityRubricCommandTypes, ...capacityAssessmentCommandTypes];
const definitionOf = (type: string) => commandTypes.find((candidate) => candidate.type === type);

/** The payload a client sends: the command without what the route adds (the envelope's actor, today, the looked-up rubric). */
const payloadOf = ({ type: _type, today: _today, actorId: _actorId, ...rest }: (typeof commands)[number]) =>
  Object.fromEntries(Object.entries(rest).filter(([key]) => key !== 'rubric'));

describe('assessment events and commands against their contracts', () => {
  const registry = new EventTypeRegistry(assessmentEventTypes);

  it('decides every assessment event type, in the run and in its aggregate spec', () => {
    const produced = new Set<string>(events.map((event) => event.type));
    const specs = readdirSync(__dirname, { encoding: 'utf8' })
      .filter((file) => file.endsWith('.unit.spec.ts') && !file.endsWith('contracts.unit.spec.ts'))
      .map((file) => readFileSync(join(__dirname, file), 'utf8'))
      .join('\n');
    expect(assessmentEventTypes.map((definition) => definition.type).filter((type) => !specs.includes(`type: '${type}'`))).toEqual([]);
    expect(produced.size).toBe(assessmentEventTypes.length);
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

  it('is part of the training context’s event types and error codes', () => {
    const types = new Set(trainingEventTypes.map((definition) => definition.type));
    expect(assessmentEventTypes.filter((definition) => !types.has(definition.type))).toEqual([]);
    expect(ASSESSMENT_ERROR_CODES.filter((code) => !(TRAINING_ERROR_CODES as readonly string[]).includes(code))).toEqual([]);
  });

  it('takes payloads that match their command schema and the input grammar, the route’s facts aside', () => {
    const problems = commands.flatMap((command) => {
      const definition = definitionOf(command.type);
      if (!definition) return [`${command.type}: no command type`];
      return checkMessage(definition.payload, payloadOf(command)).map((problem) => `${command.type}: ${problem.field} ${problem.problem}`);
    });
    expect(problems).toEqual([]);
    expect(commands.map((command) => findInputProblem(payloadOf(command))).filter(Boolean)).toEqual([]);
    expect(new Set(commands.map((command) => command.type)).size).toBe(commandTypes.length);
  });

  it('routes each command to its stream with the rights it needs', () => {
    const routed = commands.map((command) => {
      const definition = definitionOf(command.type);
      const payload = payloadOf(command) as never;
      return [command.type, definition?.streamId(payload), definition?.rights(payload)];
    });
    expect(routed).toEqual([
      ['DefineCapacityRubric', 'capacity-rubric-r-1', { permission: 'training:write', units: ['u-1'] }],
      ['ReviseCapacityRubric', 'capacity-rubric-r-1', { permission: 'training:write', units: [], catalogueItem: { kind: 'capacity-rubric', id: 'r-1' } }],
      ['RecordCapacityAssessment', `capacity-assessment-${assessmentId}`, { permission: 'training:write', units: ['u-2'], people: ['p-1'] }],
      ['AmendCapacityAssessment', `capacity-assessment-${assessmentId}`, { permission: 'training:write', units: [], capacityAssessmentId: assessmentId }],
      ['FinaliseCapacityAssessment', `capacity-assessment-${assessmentId}`, { permission: 'training:write', units: [], capacityAssessmentId: assessmentId }],
    ]);
  });
});

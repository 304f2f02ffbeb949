import { readdirSync, readFileSync } from 'node:fs';
import { type Decider, fold } from '@tn/shared-decider';
import { checkMessage, EventTypeRegistry } from '@tn/shared-event-contracts';
import { qualificationCommandTypes, qualificationEventTypes } from '@tn/training-contracts';
import type { QualificationKindCommand } from './qualification-kind.commands';
import { qualificationKindDecider } from './qualification-kind.decide';
import type { DefinedQualificationKind } from './qualification-kind.types';
import type { TraineeCommand } from './trainee.commands';
import { traineeDecider } from './trainee.decide';

/** Runs commands in turn on one stream, returning every event it would hold. */
function stream<C, E, S>(decider: Decider<C, E, S>, commands: C[]): E[] {
  return commands.reduce<E[]>((events, command) => [...events, ...decider.decide(command, fold(decider, events))], []);
}

const acted = { today: '2026-01-05', actorId: 'acc-admin' };
const kindCommands: QualificationKindCommand[] = [
  {
    type: 'DefineQualificationKind',
    kindId: 'tot',
    name: 'Tập huấn viên',
    ownerUnitId: 'u-central',
    validityYears: 1,
    renewalWindowMonths: 6,
    grantingCurriculumIds: ['cur-tot'],
    renewingCurriculumIds: ['cur-refresher'],
    prerequisiteKindIds: [],
    isTrainerQualification: true,
    leadingRenews: true,
    ...acted,
  },
  {
    type: 'ReviseQualificationKind',
    kindId: 'tot',
    name: 'Tập huấn viên',
    ownerUnitId: 'u-central',
    validityYears: 2,
    renewalWindowMonths: 6,
    grantingCurriculumIds: ['cur-tot'],
    renewingCurriculumIds: ['cur-refresher'],
    prerequisiteKindIds: [],
    isTrainerQualification: true,
    leadingRenews: true,
    ...acted,
  },
  {
    type: 'ExtendQualificationValidity',
    kindId: 'tot',
    extensionId: 'flood',
    expiringFrom: '2026-01-01',
    expiringTo: '2026-12-31',
    extendByMonths: 3,
    reason: 'Lũ lụt',
    ...acted,
  },
];
const kindEvents = stream(qualificationKindDecider, kindCommands);
const kind = fold(qualificationKindDecider, kindEvents) as DefinedQualificationKind;

const person = { personId: 'p-1', personKind: 'cadre', kindId: 'tot' };
const traineeCommands: TraineeCommand[] = [
  { type: 'RecognisePriorQualification', ...person, recordId: 'prior-1', grantedOn: '2023-01-10', evidence: 'Quyết định 12', ...acted, kind },
  { type: 'RecordCourseCompletion', ...person, courseId: 'c-1', curriculumId: 'cur-tot', completedOn: '2026-01-02', today: '2026-01-05', kind },
  { type: 'RecordCourseLed', ...person, courseId: 'c-2', completedOn: '2026-01-04', today: '2026-01-05', kind },
  { type: 'RevokeQualification', personId: 'p-1', kindId: 'tot', recordId: 'tot:c-2', revokedOn: '2026-01-05', reason: 'Vi phạm quy chế', ...acted },
];
const traineeEvents = stream(traineeDecider, traineeCommands);

/** The facts the route adds: never part of a payload. */
const FACTS = ['type', 'today', 'actorId', 'kind'];
const payloadOf = (command: object) => Object.fromEntries(Object.entries(command).filter(([key]) => !FACTS.includes(key)));

describe('qualification events and commands against their contracts', () => {
  const registry = new EventTypeRegistry(qualificationEventTypes);
  const events = [...kindEvents, ...traineeEvents];

  it('decides every qualification event type, in the run or in an aggregate spec', () => {
    const produced = new Set<string>(events.map((event) => event.type));
    const specs = readdirSync(__dirname)
      .filter((file) => file.endsWith('.unit.spec.ts') && file !== 'qualifications.contracts.unit.spec.ts')
      .map((file) => readFileSync(`${__dirname}/${file}`, 'utf8'))
      .join('\n');
    expect(qualificationEventTypes.map((definition) => definition.type).filter((type) => !produced.has(type) && !specs.includes(`type: '${type}'`))).toEqual(
      [],
    );
    expect(events.map((event) => event.type)).toEqual([
      'QualificationKindDefined',
      'QualificationKindRevised',
      'QualificationValidityExtended',
      'PriorQualificationRecognised',
      'QualificationGranted',
      'QualificationRenewed',
      'QualificationRevoked',
    ]);
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

  it('sends payloads that match their command classes once the route’s facts are set apart', () => {
    const definitions = new Map<string, (typeof qualificationCommandTypes)[number]>(
      qualificationCommandTypes.map((definition) => [definition.type, definition]),
    );
    const commands = [...kindCommands, ...traineeCommands];
    expect(new Set(commands.map((command) => command.type))).toEqual(new Set(definitions.keys()));
    const problems = commands.flatMap((command) =>
      checkMessage(definitions.get(command.type)!.payload, payloadOf(command)).map((p) => `${command.type}.${p.field}: ${p.problem}`),
    );
    expect(problems).toEqual([]);
  });

  it('routes kind commands to the kind’s stream and trainee commands to the person’s, each with its rights', () => {
    const routed = [...kindCommands, ...traineeCommands].map((command) => {
      const definition = qualificationCommandTypes.find((candidate) => candidate.type === command.type)!;
      const payload = payloadOf(command) as never;
      return [command.type, definition.streamId(payload), definition.rights(payload)];
    });
    const onKind = { permission: 'training:write', units: [], catalogueItem: { kind: 'qualification-kind', id: 'tot' } };
    expect(routed).toEqual([
      // `tot` is a trainer kind: only a system administrator defines or revises it, or grants it by recognition.
      ['DefineQualificationKind', 'qualification-kind-tot', { permission: 'training:write', units: ['u-central'], nationalOnly: true }],
      ['ReviseQualificationKind', 'qualification-kind-tot', { ...onKind, units: ['u-central'], nationalOnly: true, nationalIfTrainerKind: 'tot' }],
      ['ExtendQualificationValidity', 'qualification-kind-tot', { ...onKind, nationalIfTrainerKind: 'tot' }],
      ['RecognisePriorQualification', 'trainee-p-1', { ...onKind, people: ['p-1'], nationalIfTrainerKind: 'tot' }],
      // Course outcomes are decided only inside the service, from a completed course.
      ['RecordCourseCompletion', 'trainee-p-1', { permission: 'training:write', units: [], courseId: 'c-1', people: ['p-1'], systemOnly: true }],
      ['RecordCourseLed', 'trainee-p-1', { permission: 'training:write', units: [], courseId: 'c-2', people: ['p-1'], systemOnly: true }],
      ['RevokeQualification', 'trainee-p-1', { ...onKind, people: ['p-1'], nationalIfTrainerKind: 'tot' }],
    ]);
  });
});

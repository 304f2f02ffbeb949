import { type Decider, DomainError } from '@tn/shared-decider';
import { type CommandEnvelope, commandType, ERASED, IsFiniteNumber, Nested } from '@tn/shared-event-contracts';
import { IsOptional, IsString } from 'class-validator';
import { payloadOf, routesOf } from './command-route';

class Composition {
  @IsFiniteNumber() localYouth!: number;
}
class Formation {
  @IsString() name!: string;
  @Nested(() => Composition) composition!: Composition;
  @IsOptional() @IsString() note?: string;
}
class AddFormation {
  @IsString() activityId!: string;
  @Nested(() => Formation) formation!: Formation;
}

const addFormation = commandType('AddFormation', AddFormation, { streamId: (p) => `activity-${p.activityId}`, rights: (p) => ({ activityId: p.activityId }) });
const decider: Decider<unknown, never, null> = { initialState: () => null, decide: () => [], evolve: (s) => s };
const envelope: CommandEnvelope = {
  commandId: 'c1',
  type: 'AddFormation',
  payload: {},
  actor: { kind: 'account', id: 'cadre-1' },
  correlationId: 'k',
  issuedAt: '2026-06-01T00:00:00.000Z',
};
const formation = { name: 'Đội', composition: { localYouth: 3 } };

function failure(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('payloadOf', () => {
  it('keeps the declared fields and drops the ones the schema does not know, nested ones too', () => {
    expect(payloadOf(addFormation, { activityId: 'a-1', formation: { ...formation, members: ['Nguyễn Văn A'] }, extra: true })).toEqual({
      activityId: 'a-1',
      formation,
    });
  });

  it('takes null as absent', () => {
    expect(payloadOf(addFormation, { activityId: 'a-1', formation: { ...formation, note: null } })).toEqual({ activityId: 'a-1', formation });
  });

  it('answers a missing field with FIELD_REQUIRED and a wrong one with FIELD_TYPE, naming it by its path', () => {
    expect(failure(() => payloadOf(addFormation, { activityId: 'a-1', formation: { name: 'Đội', composition: {} } }))).toMatchObject({
      kind: 'validation',
      code: 'COMMAND.FIELD_REQUIRED',
      field: 'formation.composition.localYouth',
    });
    expect(failure(() => payloadOf(addFormation, { activityId: 'a-1', formation: { name: 'Đội', composition: { localYouth: '3' } } }))).toMatchObject({
      code: 'COMMAND.FIELD_TYPE',
      field: 'formation.composition.localYouth',
    });
    expect(failure(() => payloadOf(addFormation, undefined))).toMatchObject({ code: 'COMMAND.FIELD_REQUIRED', field: 'activityId' });
  });

  it('refuses the erased-data marker in place of a value (only stored events may hold it)', () => {
    expect(failure(() => payloadOf(addFormation, { activityId: 'a-1', formation: { ...formation, name: ERASED } }))).toMatchObject({
      code: 'COMMAND.FIELD_TYPE',
      field: 'formation.name',
    });
  });
});

describe('routesOf', () => {
  const routes = routesOf(
    [addFormation] as const,
    { streamType: 'activity', decider },
    { AddFormation: (p, e) => ({ addedBy: e.actor.id, named: p.formation.name }) },
  );

  it('makes one route per definition, its command the payload with its type and the facts found for it', async () => {
    expect(routes.map((route) => [route.definition.type, route.streamType])).toEqual([['AddFormation', 'activity']]);
    const payload = payloadOf(addFormation, { activityId: 'a-1', formation });
    expect(await routes[0]!.toCommand(payload, envelope)).toEqual({ type: 'AddFormation', activityId: 'a-1', formation, addedBy: 'cadre-1', named: 'Đội' });
    expect(routes[0]!.definition.streamId(payload)).toBe('activity-a-1');
    expect(routes[0]!.definition.rights(payload)).toEqual({ activityId: 'a-1' });
  });

  it('maps a command without facts to its payload and type', async () => {
    const [plain] = routesOf([addFormation] as const, { streamType: 'activity', decider });
    expect(await plain!.toCommand({ activityId: 'a-1', formation }, envelope)).toEqual({ type: 'AddFormation', activityId: 'a-1', formation });
  });
});

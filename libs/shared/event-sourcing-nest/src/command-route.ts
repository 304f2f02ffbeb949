import { type Decider, validationError } from '@tn/shared-decider';
import {
  checkMessage,
  type CommandEnvelope,
  type CommandTypeDefinition,
  type DomainEvent,
  UNKNOWN_FIELD,
  withoutFields,
  withoutNulls,
} from '@tn/shared-event-contracts';

/**
 * How one command type reaches its decider. Its definition (from the context's contracts) gives
 * the payload's schema, the stream and the rights; the route adds the decider and, for a few
 * commands, the facts looked up before deciding. The generic handler does the rest (load, fold,
 * decide, append, retry).
 */
export interface CommandRoute<C = unknown, E extends DomainEvent = DomainEvent, S = unknown> {
  definition: CommandTypeDefinition<string, object, unknown>;
  streamType: string;
  decider: Decider<C, E, S>;
  /** The checked payload (and the envelope, for who sent it and when) → the decider's command. */
  toCommand(payload: object, envelope: CommandEnvelope): C | Promise<C>;
  /** Save a snapshot every `every` events; bump `schema` when the state shape changes. */
  snapshot?: { every: number; schema: string };
  /** Keep the stream's state in memory between commands (a long stream without personal data; see CommandHandler). */
  keepWarm?: boolean;
}

type Definitions = readonly CommandTypeDefinition<string, object, unknown>[];
type PayloadOf<Defs extends Definitions, Type> = Extract<Defs[number], { type: Type }> extends CommandTypeDefinition<string, infer P, unknown> ? P : never;

/** For the commands that need them: facts looked up in the service's own data before deciding. */
export type FactFinders<Defs extends Definitions> = {
  [Type in Defs[number]['type']]?: (payload: PayloadOf<Defs, Type>, envelope: CommandEnvelope) => object | Promise<object>;
};

/** One route per command type of an aggregate: its payload, plus looked-up facts, is its command. */
export function routesOf<Defs extends Definitions, C, E extends DomainEvent, S>(
  definitions: Defs,
  aggregate: { streamType: string; decider: Decider<C, E, S>; snapshot?: { every: number; schema: string }; keepWarm?: boolean },
  facts: FactFinders<Defs> = {},
): CommandRoute[] {
  return definitions.map((definition) => {
    const find = facts[definition.type as Defs[number]['type']] as ((payload: object, envelope: CommandEnvelope) => object | Promise<object>) | undefined;
    const route: CommandRoute<C, E, S> = {
      definition,
      ...aggregate,
      toCommand: async (payload, envelope) => ({ type: definition.type, ...payload, ...(find ? await find(payload, envelope) : {}) }) as C,
    };
    return route as unknown as CommandRoute;
  });
}

/**
 * The command's payload checked against its schema, or a validation error naming the first field
 * at fault by its path (for example `formation.composition.localYouth`). Null fields count as
 * absent; fields the schema does not declare are dropped, so nothing the sender adds (a team's
 * member names, say) reaches the decider or the events.
 */
export function payloadOf<P extends object>(definition: CommandTypeDefinition<string, P, unknown>, payload: unknown): P {
  const data = withoutNulls(payload ?? {});
  const problems = checkMessage(definition.payload, data);
  const problem = problems.find((p) => p.problem !== UNKNOWN_FIELD);
  if (problem) {
    throw validationError(problem.missing ? 'COMMAND.FIELD_REQUIRED' : 'COMMAND.FIELD_TYPE', problem.field, `${problem.field} ${problem.problem}`);
  }
  return withoutFields(
    data,
    problems.map((p) => p.field),
  ) as P;
}

import type { MessageClass } from './message-schema';

/**
 * One command type: its payload's one schema (a validated class), the stream it acts on, and the
 * rights it needs, side by side. `Rights` is the context's own description of what the actor must
 * hold (for example a permission over the unit that organises an activity); the context's
 * authoriser checks it. The service's routes and the decider's command type both come from here.
 */
export interface CommandTypeDefinition<Type extends string = string, P extends object = object, Rights = unknown> {
  type: Type;
  payload: MessageClass<P>;
  /** The stream (aggregate instance) the command acts on. */
  streamId(payload: P): string;
  /** What the actor needs to issue it; `undefined` when any signed-in actor may. */
  rights(payload: P): Rights | undefined;
}

/** Declares a command type. */
export const commandType = <Type extends string, P extends object, Rights>(
  type: Type,
  payload: MessageClass<P>,
  // NoInfer: the payload class alone says what P is (a route shared by several commands takes their base).
  route: { streamId(payload: NoInfer<P>): string; rights(payload: NoInfer<P>): Rights | undefined },
): CommandTypeDefinition<Type, P, Rights> => ({ type, payload, ...route });

/**
 * The decider's commands for a list of definitions: each payload with its `type`, plus the facts
 * the service looks up for some of them (`Facts` by command type, for example whether the
 * campaign is open), so a decision can be retried without I/O.
 */
export type CommandsOf<Defs extends readonly CommandTypeDefinition<string, object, unknown>[], Facts extends object = object> = Defs[number] extends infer Def
  ? Def extends CommandTypeDefinition<infer Type, infer P, unknown>
    ? { type: Type } & P & (Type extends keyof Facts ? Facts[Type] : unknown)
    : never
  : never;

/** One command of a union by its type. */
export type CommandNamed<Commands extends { type: string }, Type extends Commands['type']> = Extract<Commands, { type: Type }>;

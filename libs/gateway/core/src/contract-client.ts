import type { Language } from '@tn/gateway-graphql-kit';
import type { CommandTypeDefinition } from '@tn/shared-event-contracts';
import type { RequestUser } from './request-user';
import { ServiceClient } from './service-client';

type Definitions = readonly CommandTypeDefinition<string, object, unknown>[];

/** The payload class of one command type of a list of definitions. */
type PayloadOf<Defs extends Definitions, Type extends Defs[number]['type']> =
  Extract<Defs[number], { type: Type }> extends CommandTypeDefinition<string, infer Payload, unknown> ? Payload : never;

/**
 * A service client whose commands are named from the service's contract definitions. Each slice
 * extends it with its own class (the Nest token of its client).
 */
export class ContractClient extends ServiceClient {
  /**
   * One command, named from its area's definitions so its payload is checked against the
   * command's contract when this compiles (a field renamed in the contracts fails here, not in
   * the service at run time).
   */
  send<Defs extends Definitions, Type extends Defs[number]['type']>(
    definitions: Defs,
    type: Type,
    payload: PayloadOf<Defs, Type>,
    user: RequestUser,
    language: Language,
  ) {
    if (!definitions.some((definition) => definition.type === type)) throw new Error(`${type} is not one of the given ${this.options.context} commands`);
    return this.command(type, payload, user, language);
  }
}

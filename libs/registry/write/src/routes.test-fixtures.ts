import type { CommandEnvelope } from '@tn/shared-event-contracts';
import { type CommandRoute, payloadOf } from '@tn/shared-event-sourcing-nest';
import { DomainError } from '@tn/shared-decider';
import { hierarchyRoutes } from './hierarchy-routes';
import { peopleRoutes, type RegistryLookups } from './people-routes';

// Fixtures for the route specs (no I/O): the dispatcher's steps for one route, and look-ups with visible fakes.

/** Ta Van is active from 2025; every other unit is not. Hashes are visible fakes; a "sealed:" prefix is a trusted seal. */
export const testLookups: RegistryLookups = {
  isUnitActiveOn: (unitId, date) => unitId === 'ta-van' && date >= '2025-01-01',
  hashPassword: (password) => `hash-of(${password})`,
  openSealedPassword: (sealed) => (sealed.startsWith('sealed:') ? sealed.slice('sealed:'.length) : undefined),
};

/** Every command the registry routes. */
export const registryRoutes = (lookups = testLookups): CommandRoute[] => [...hierarchyRoutes, ...peopleRoutes(lookups)];

/** A command envelope as the dispatcher receives it. */
export const envelopeOf = (type: string, payload: Record<string, unknown>, issuedAt = '2025-07-01T00:00:00.000Z'): CommandEnvelope => ({
  commandId: 'c1',
  type,
  payload,
  actor: { kind: 'account', id: 'a-admin' },
  correlationId: 'k',
  issuedAt,
});

/** The route of a command type, or a failing test. */
export function routeOf(routes: readonly CommandRoute[], type: string): CommandRoute {
  const found = routes.find((route) => route.definition.type === type);
  if (!found) throw new Error(`no route for ${type}`);
  return found;
}

/** What the dispatcher makes of a payload for a route: checked, then mapped to the decider's command. */
export const commandOf = async (route: CommandRoute, payload: Record<string, unknown>, envelope = envelopeOf(route.definition.type, payload)) =>
  route.toCommand(payloadOf(route.definition, payload), envelope);

/** The rights a payload of this route needs (once checked). */
export const rightsOf = (route: CommandRoute, payload: Record<string, unknown>) => route.definition.rights(payloadOf(route.definition, payload));

/** The stream a payload of this route acts on (once checked). */
export const streamOf = (route: CommandRoute, payload: Record<string, unknown>) => route.definition.streamId(payloadOf(route.definition, payload));

/**
 * The rights a command type declares for a payload, read without checking it first (the
 * authoriser's specs name only the fields that matter to it; the dispatcher checks the rest).
 */
export const rightsDeclaredFor = (type: string, payload: Record<string, unknown>) => routeOf(registryRoutes(), type).definition.rights(payload);

/** Run a mapping expected to fail; the DomainError it threw. */
export async function failureOf(run: () => unknown): Promise<DomainError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

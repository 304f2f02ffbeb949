import { builtInMeasures, type NetworkDirectoryCopy, networkDirectoryEntryId, type OutputMeasure } from '@tn/campaigns-contracts';
import type { CampaignState, LookedUpActivityStatus, ShiftState } from '@tn/campaigns-domain';
import type { CommandEnvelope } from '@tn/shared-event-contracts';
import { type CommandRoute, payloadOf } from '@tn/shared-event-sourcing-nest';
import type { CoordinationModelLookup, LookedUpModelStatus } from './coordination-model-check';
import type { CampaignLookups } from './lookups';
import type { NetworkDirectoryLookup } from './network-directory-check';

/** A command envelope as the dispatcher receives it (for unit tests). */
export const envelopeOf = (type: string, payload: Record<string, unknown>, actorId = 'cadre-1', credentials?: string): CommandEnvelope => ({
  commandId: 'c1',
  type,
  payload,
  actor: { kind: 'account', id: actorId },
  correlationId: 'k',
  issuedAt: '2026-06-01T00:00:00.000Z',
  ...(credentials ? { credentials } : {}),
});

/** Look-ups answered from fixed maps. */
export function fixedLookups(
  data: {
    campaigns?: Record<string, CampaignState>;
    activities?: Record<string, string>;
    shifts?: Record<string, string>;
    /** Shifts' places, for commands that read them (check-in by code). */
    shiftStates?: Record<string, ShiftState>;
    /** Activities' statuses (an activity listed in `activities` is in progress by default). */
    activityStatuses?: Record<string, LookedUpActivityStatus>;
    /** Measures defined beyond the built-ins. */
    measures?: OutputMeasure[];
  } = {},
): CampaignLookups {
  return {
    campaignOf: async (id) => data.campaigns?.[id] ?? { status: 'none' },
    activityOrganiserOf: async (id) => data.activities?.[id],
    shiftActivityOf: async (id) => data.shifts?.[id],
    shiftOf: async (id) => data.shiftStates?.[id] ?? { status: 'none' },
    activityStatusOf: async (id) => data.activityStatuses?.[id] ?? (data.activities?.[id] ? 'in-progress' : 'none'),
    outputCatalogue: async () => [...builtInMeasures(), ...(data.measures ?? [])],
  };
}

/**
 * Training's coordination models as a fixed copy: `models` answer from the start, `arriving` only
 * once a catch-up has been waited for (published a moment ago); `caughtUp: false` never catches up.
 */
export function fixedModels(
  models: Record<string, LookedUpModelStatus> = {},
  options: { arriving?: Record<string, LookedUpModelStatus>; caughtUp?: boolean } = {},
): CoordinationModelLookup & { catchUps: string[] } {
  const known = { ...models };
  const catchUps: string[] = [];
  return {
    catchUps,
    statusOf: async (modelId) => known[modelId] ?? 'none',
    catchUp: async (modelId) => {
      catchUps.push(modelId);
      Object.assign(known, options.arriving ?? {});
      return options.caughtUp ?? true;
    },
  };
}

/**
 * The network's directory as a fixed copy: `entries` answer from the start, `arriving` only once a
 * catch-up has been waited for (registered a moment ago); `caughtUp: false` never catches up.
 * `catchUps` lists the records waited for (`<kind>:<id>`).
 */
export function fixedDirectory(
  entries: NetworkDirectoryCopy[] = [],
  options: { arriving?: NetworkDirectoryCopy[]; caughtUp?: boolean } = {},
): NetworkDirectoryLookup & { catchUps: string[] } {
  const known = new Map(entries.map((entry) => [networkDirectoryEntryId(entry.kind, entry.id), entry]));
  const catchUps: string[] = [];
  return {
    catchUps,
    entryOf: async (kind, id) => known.get(networkDirectoryEntryId(kind, id)),
    catchUp: async (kind, id) => {
      catchUps.push(networkDirectoryEntryId(kind, id));
      for (const entry of options.arriving ?? []) known.set(networkDirectoryEntryId(entry.kind, entry.id), entry);
      return options.caughtUp ?? true;
    },
  };
}

export const summerDefinition = {
  name: 'Chiến dịch Thanh niên tình nguyện hè 2026',
  kind: 'peak',
  peakTemplate: 'summer-volunteer',
  domains: ['new-rural-construction', 'environment-climate-change'],
  startsOn: '2026-06-01',
  endsOn: '2026-08-31',
  goals: [{ measure: 'rural-road-km', target: 2 }],
  initiator: 'union',
};

/** Run a mapping expected to fail; the DomainError it threw. */
export async function failureOf(run: () => unknown): Promise<{ code: string; field?: string; kind: string }> {
  try {
    await run();
  } catch (error) {
    return error as { code: string; field?: string; kind: string };
  }
  throw new Error('expected the mapping to fail');
}

/** The route of a command type, or a failing test. */
export function routeOf(routes: readonly CommandRoute[], type: string): CommandRoute {
  const found = routes.find((route) => route.definition.type === type);
  if (!found) throw new Error(`no route for ${type}`);
  return found;
}

/** What the dispatcher makes of a payload for a route: checked, then mapped to the decider's command. */
export const commandOf = (route: CommandRoute, payload: Record<string, unknown>, envelope = envelopeOf(route.definition.type, payload)) =>
  route.toCommand(payloadOf(route.definition, payload), envelope);

/** The rights a payload of this route needs (once checked). */
export const rightsOf = (route: CommandRoute, payload: Record<string, unknown>) => route.definition.rights(payloadOf(route.definition, payload));

/** The stream a payload of this route acts on (once checked). */
export const streamOf = (route: CommandRoute, payload: Record<string, unknown>) => route.definition.streamId(payloadOf(route.definition, payload));

/** What the dispatcher makes of a payload sent by `actorId` (an account). */
export const commandBy = (actorId: string, route: CommandRoute, payload: Record<string, unknown>) =>
  commandOf(route, payload, envelopeOf(route.definition.type, payload, actorId));

/**
 * The authoriser as the dispatcher calls it: with the rights the route of the envelope's command
 * type declares for its payload (undefined for a type no route knows).
 */
export const authorisingWith =
  (routes: readonly CommandRoute[], authorise: (envelope: CommandEnvelope, rights: unknown) => Promise<void>) =>
  (envelope: CommandEnvelope): Promise<void> =>
    authorise(envelope, routes.find((route) => route.definition.type === envelope.type)?.definition.rights(envelope.payload as never));

import { type DomainEvent, type EventEnvelope, type EventMetadata, EventTypeRegistry } from '@tn/shared-event-contracts';
import { ConcurrencyConflictError, type MongoEventStore } from '@tn/shared-event-store';
import { type TrainingCommandScope, trainingEventTypes } from '@tn/training-contracts';
import { RouteRunner } from '@tn/shared-event-sourcing-nest';
import { lookupsFrom, type TrainingLookups } from './lookups';
import { type QualificationKindEntry, qualificationKindsProjection } from './qualification-kinds.projection';
import { allTrainingRoutes } from './service/training-write.module';

// Test fixtures: the training write side over an event store in memory, with the real routes,
// look-ups, deciders and generic command handler (no database, no Kafka).

const registry = new EventTypeRegistry(trainingEventTypes);

interface AppendInput {
  streamId: string;
  streamType: string;
  expectedVersion: number;
  commandId: string;
  events: readonly DomainEvent[];
  metadata: EventMetadata;
}

interface Appended {
  commitId: string;
  streamId: string;
  fromVersion: number;
  toVersion: number;
  position: number;
  events: EventEnvelope[];
  subjects: string[];
  duplicate: boolean;
}

/** The event store's contract as the command handler and the look-ups use it: streams, versions, one commit per command id. */
export class MemoryEventStore {
  private readonly streams = new Map<string, EventEnvelope[]>();
  private readonly commits = new Map<string, Appended>();
  private position = 0;

  async readStream(streamId: string, afterVersion = 0) {
    const events = (this.streams.get(streamId) ?? []).slice(afterVersion);
    return { events, version: afterVersion + events.length, lastPosition: events.at(-1)?.position ?? 0, subjects: [] as string[] };
  }

  async findCommit(commandId: string): Promise<Appended | undefined> {
    const commit = this.commits.get(commandId);
    return commit ? { ...commit, duplicate: true } : undefined;
  }

  async append(input: AppendInput): Promise<Appended> {
    const earlier = this.commits.get(input.commandId);
    if (earlier) return { ...earlier, duplicate: true };
    const stream = this.streams.get(input.streamId) ?? [];
    if (stream.length !== input.expectedVersion) throw new ConcurrencyConflictError(input.streamId, input.expectedVersion);
    const position = ++this.position;
    const envelopes = input.events.map((event, index): EventEnvelope => {
      registry.assertValid(event.type, event.data);
      return {
        eventId: `${input.commandId}/${index}`,
        type: event.type,
        schemaVersion: 1,
        streamId: input.streamId,
        streamType: input.streamType,
        streamVersion: input.expectedVersion + index + 1,
        position,
        occurredAt: input.metadata.occurredAt,
        recordedAt: input.metadata.occurredAt,
        actor: input.metadata.actor,
        correlationId: input.metadata.correlationId,
        causationId: input.metadata.causationId,
        data: event.data as Record<string, unknown>,
      };
    });
    this.streams.set(input.streamId, [...stream, ...envelopes]);
    const commit = {
      commitId: `${input.streamId}@${input.expectedVersion + 1}`,
      streamId: input.streamId,
      fromVersion: input.expectedVersion + 1,
      toVersion: input.expectedVersion + envelopes.length,
      position,
      events: envelopes,
      subjects: [],
      duplicate: false,
    };
    this.commits.set(input.commandId, commit);
    return commit;
  }

  /** Every event stored, in the order stored. */
  all(): EventEnvelope[] {
    return [...this.streams.values()].flat().sort((a, b) => a.position - b.position || a.streamVersion - b.streamVersion);
  }

  eventsOf(streamId: string): EventEnvelope[] {
    return this.streams.get(streamId) ?? [];
  }
}

/** The kinds' projection applied to the store's kind events, as the projector would keep it. */
function projectedKinds(store: MemoryEventStore): QualificationKindEntry[] {
  const entries = new Map<string, QualificationKindEntry>();
  for (const event of store.all().filter((candidate) => qualificationKindsProjection.handles.includes(candidate.type))) {
    const id = qualificationKindsProjection.documentId(event) as string;
    const next = qualificationKindsProjection.evolve((entries.get(id) ?? null) as Record<string, unknown> | null, event) as QualificationKindEntry | null;
    if (next) entries.set(id, next);
  }
  return [...entries.values()];
}

/** Business time of the fixtures: 10 April 2026, 09:00 in Vietnam. */
export const ISSUED_AT = '2026-04-10T02:00:00.000Z';
export const TODAY = '2026-04-10';

export interface Sent {
  events: readonly { type: string; data: Record<string, unknown> }[];
  duplicate: boolean;
}

/** The training write side in memory: send commands as an actor, read what the streams hold. */
export function trainingWorld() {
  const store = new MemoryEventStore();
  const lookups: TrainingLookups = lookupsFrom(
    () => store as unknown as MongoEventStore,
    async () => projectedKinds(store),
  );
  const routes = allTrainingRoutes(lookups);
  const runner = new RouteRunner(
    store as unknown as MongoEventStore,
    routes,
    routes.map((route) => route.definition.type),
  );
  let sent = 0;
  const send = async (type: string, payload: object, by: { actorId?: string; issuedAt?: string; commandId?: string } = {}): Promise<Sent> => {
    const metadata: EventMetadata = {
      actor: { kind: 'account', id: by.actorId ?? 'manager-1' },
      correlationId: 'k',
      causationId: 'c',
      occurredAt: by.issuedAt ?? ISSUED_AT,
    };
    const result = await runner.run({ commandId: by.commandId ?? `command-${++sent}`, type, payload }, metadata);
    return { events: result.events as Sent['events'], duplicate: result.duplicate };
  };
  return { store, lookups, routes, runner, send };
}

/** Run something expected to fail; the DomainError it threw. */
export async function failureOf(run: () => unknown): Promise<{ code: string; field?: string; kind: string; details?: Record<string, unknown> }> {
  try {
    await run();
  } catch (error) {
    return error as { code: string; field?: string; kind: string };
  }
  throw new Error('expected a failure');
}

/** The rights a command type declares for a payload. */
export function rightsOf(routes: ReturnType<typeof trainingWorld>['routes'], type: string, payload: object): TrainingCommandScope {
  const route = routes.find((candidate) => candidate.definition.type === type);
  if (!route) throw new Error(`no route for ${type}`);
  return route.definition.rights(payload as never) as TrainingCommandScope;
}

// ---- a small training world: Lào Cai province, Tả Van commune, a trainer kind and a basic kind ----

export const curriculum = (curriculumId: string, ownerUnitId = 'lao-cai') => ({
  curriculumId,
  title: `Chương trình ${curriculumId}`,
  targetGroup: 'commune-cadres',
  ownerUnitId,
  modules: [{ moduleId: 'm-1', title: 'Điều phối tình nguyện', hours: 8, outcomes: ['Lập kế hoạch điều phối'] }],
});

export const kind = (kindId: string, overrides: Record<string, unknown> = {}) => ({
  kindId,
  name: `Chứng nhận ${kindId}`,
  ownerUnitId: 'lao-cai',
  validityYears: 2,
  renewalWindowMonths: 6,
  grantingCurriculumIds: [] as string[],
  renewingCurriculumIds: [] as string[],
  prerequisiteKindIds: [] as string[],
  isTrainerQualification: false,
  leadingRenews: false,
  ...overrides,
});

/** A course of `cur-coordination` in Tả Van, 6 to 10 April 2026, taught by `trainer-1`. */
export const coursePlan = (overrides: Record<string, unknown> = {}) => ({
  courseId: 'course-1',
  curriculumId: 'cur-coordination',
  title: 'Điều phối hoạt động tình nguyện cấp xã',
  runningUnitId: 'ta-van',
  level: 'commune',
  mode: 'in-person',
  priorityAreas: ['mountain'],
  capacity: 2,
  waitlist: true,
  passMark: 70,
  startsOn: '2026-04-06',
  endsOn: '2026-04-10',
  trainerIds: ['trainer-1'],
  materials: [],
  ...overrides,
});

/**
 * The catalogue and qualifications a course needs: the coordination curriculum, a trainer kind
 * (`tot`, renewed by leading) held by `trainer-1` since 2025, and the kind the curriculum grants
 * (`coordination`, with `basic` as its prerequisite).
 */
export async function seededWorld() {
  const world = trainingWorld();
  await world.send('DefineCurriculum', curriculum('cur-coordination'));
  await world.send('DefineCurriculum', curriculum('cur-tot'));
  await world.send('DefineQualificationKind', kind('tot', { grantingCurriculumIds: ['cur-tot'], isTrainerQualification: true, leadingRenews: true }));
  await world.send('DefineQualificationKind', kind('basic'));
  await world.send('DefineQualificationKind', kind('coordination', { grantingCurriculumIds: ['cur-coordination'], prerequisiteKindIds: ['basic'] }));
  await world.send('RecognisePriorQualification', {
    personId: 'trainer-1',
    personKind: 'cadre',
    kindId: 'tot',
    recordId: 'tot-prior-1',
    grantedOn: '2025-01-15',
    evidence: 'Quyết định công nhận báo cáo viên số 12/QĐ-TĐ',
  });
  return world;
}

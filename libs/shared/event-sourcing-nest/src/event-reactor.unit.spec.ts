import { concurrencyError, type Decider, illegalStateError } from '@tn/shared-decider';
import { commandType, type EventEnvelope } from '@tn/shared-event-contracts';
import { IsString } from 'class-validator';
import type { CommandRoute } from './command-route';
import { EventReactor, type Reaction, type ReactorDeps } from './event-reactor';

class Mark {
  @IsString() id!: string;
}

type Outcome = 'store' | 'refuse' | 'race';

/** A route whose decider stores one event, refuses for a business reason, or reports a lost race, as the payload's id says. */
function markRoute(outcomes: Record<string, Outcome>): CommandRoute {
  const decider: Decider<{ id: string }, { type: 'Marked'; data: { id: string } }, null> = {
    initialState: () => null,
    evolve: (state) => state,
    decide: (command) => {
      const outcome = outcomes[command.id];
      if (outcome === 'refuse') throw illegalStateError('MARK.REFUSED', `no ${command.id}`);
      if (outcome === 'race') throw concurrencyError('COMMAND.CONCURRENT_CHANGE', 'lost the race');
      return [{ type: 'Marked', data: { id: command.id } }];
    },
  };
  return {
    definition: commandType('Mark', Mark, { streamId: (p) => `mark-${p.id}`, rights: () => ({}) }),
    streamType: 'mark',
    decider: decider as unknown as CommandRoute['decider'],
    toCommand: (payload) => payload as { id: string },
  } as CommandRoute;
}

/** An event store in memory: one commit per command id, as the handler relies on. */
function memoryStore() {
  const commits = new Map<string, { streamId: string; events: unknown[]; duplicate: boolean; position: number; commitId: string; subjects: string[] }>();
  return {
    commits,
    readStream: async () => ({ events: [], version: 0, lastPosition: 0, subjects: [] }),
    findCommit: async (commandId: string) => {
      const commit = commits.get(commandId);
      return commit && { ...commit, duplicate: true };
    },
    append: async (input: { commandId: string; streamId: string; events: unknown[] }) => {
      const earlier = commits.get(input.commandId);
      if (earlier) return { ...earlier, duplicate: true };
      const commit = { streamId: input.streamId, events: input.events, duplicate: false, position: commits.size + 1, commitId: input.commandId, subjects: [] };
      commits.set(input.commandId, commit);
      return commit;
    },
  };
}

const event = { eventId: 'e-1', type: 'Happened', correlationId: 'c-1', occurredAt: '2026-12-07T01:00:00.000Z', data: {} } as unknown as EventEnvelope;

function reactorFor(ids: string[], outcomes: Record<string, Outcome>, onRefused?: Reaction['onRefused']) {
  const store = memoryStore();
  const deps = { store, routes: [markRoute(outcomes)], kafka: { kafka: {} }, indicators: { register: () => undefined } } as unknown as ReactorDeps;
  const reaction: Reaction = {
    name: 'marks',
    topic: 't',
    groupId: 'g',
    eventTypes: ['Happened'],
    commandTypes: ['Mark'],
    react: async () => ids.map((id) => ({ commandId: `mark-${id}`, type: 'Mark', payload: { id } })),
    ...(onRefused ? { onRefused } : {}),
  };
  return { reactor: new EventReactor(reaction, deps), store };
}

describe('EventReactor.handle', () => {
  it('stores each command once: a replay of the same event counts nothing new', async () => {
    const { reactor, store } = reactorFor(['a', 'b'], {});
    expect(await reactor.handle(event)).toEqual({ stored: 2, refused: 0 });
    expect(await reactor.handle(event)).toEqual({ stored: 0, refused: 0 });
    expect([...store.commits.keys()]).toEqual(['mark-a', 'mark-b']);
  });

  it('skips a business refusal and runs the compensation it answers', async () => {
    const compensate = jest.fn(async () => [{ commandId: 'mark-undo', type: 'Mark', payload: { id: 'undo' } }]);
    const { reactor, store } = reactorFor(['a', 'no'], { no: 'refuse' }, compensate);
    expect(await reactor.handle(event)).toEqual({ stored: 2, refused: 1 });
    expect(compensate).toHaveBeenCalledWith(expect.objectContaining({ commandId: 'mark-no' }), expect.objectContaining({ code: 'MARK.REFUSED' }), event);
    expect([...store.commits.keys()]).toEqual(['mark-a', 'mark-undo']);
  });

  it('throws a lost race, so the event is handed over again instead of dropped', async () => {
    const { reactor } = reactorFor(['race'], { race: 'race' });
    await expect(reactor.handle(event)).rejects.toMatchObject({ kind: 'concurrency' });
  });
});

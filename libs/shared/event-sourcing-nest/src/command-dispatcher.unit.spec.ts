import { type Decider, validationError } from '@tn/shared-decider';
import type { CommandEnvelope } from '@tn/shared-event-contracts';
import type { MongoEventStore, SnapshotStore } from '@tn/shared-event-store';
import { CommandDispatcher } from './command-dispatcher';
import { commandRoute } from './command-route';

// Reply shaping only: these paths fail before the store is touched (the full path is covered
// against real servers in event-sourcing-tests).
const noStore = {} as MongoEventStore;
const decider: Decider<{ n: number }, never, null> = { initialState: () => null, decide: () => [], evolve: (s) => s };
const envelope = (type: string, payload: Record<string, unknown> = {}): CommandEnvelope => ({
  commandId: 'cmd-1',
  type,
  payload,
  actor: { kind: 'account', id: 'a' },
  correlationId: 'corr',
  issuedAt: '2025-07-01T00:00:00.000Z',
});

const dispatcher = new CommandDispatcher(noStore, {} as SnapshotStore, [
  commandRoute({
    type: 'Count',
    streamType: 'count',
    decider,
    streamIdOf: () => 'count-1',
    toCommand: (e) => {
      if (typeof e.payload['n'] !== 'number') throw validationError('COUNT.N_REQUIRED', 'n', 'n is required');
      return { n: e.payload['n'] };
    },
  }),
]);

describe('CommandDispatcher replies', () => {
  it('names an unknown command type as a validation error on "type"', async () => {
    expect(await dispatcher.dispatch(envelope('Nope'))).toEqual({
      ok: false,
      error: { kind: 'validation', code: 'COMMAND.UNKNOWN_TYPE', message: 'unknown command type "Nope"', field: 'type' },
    });
  });

  it('turns a domain error from payload mapping into a typed reply', async () => {
    expect(await dispatcher.dispatch(envelope('Count'))).toEqual({
      ok: false,
      error: { kind: 'validation', code: 'COUNT.N_REQUIRED', message: 'n is required', field: 'n' },
    });
  });

  it('refuses to route one command type twice', () => {
    const route = commandRoute({ type: 'X', streamType: 'x', decider, streamIdOf: () => 'x', toCommand: () => ({ n: 1 }) });
    expect(() => new CommandDispatcher(noStore, {} as SnapshotStore, [route, route])).toThrow('command type X routed twice');
  });
});

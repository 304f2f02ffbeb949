import { type Decider, validationError } from '@tn/shared-decider';
import { type CommandEnvelope, commandType, IsFiniteNumber } from '@tn/shared-event-contracts';
import type { MongoEventStore, SnapshotStore } from '@tn/shared-event-store';
import { IsOptional } from 'class-validator';
import { CommandDispatcher } from './command-dispatcher';
import { type FactFinders, routesOf } from './command-route';

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

class Count {
  @IsFiniteNumber() n!: number;
}
/** A count whose `n` may be left out (the deadline specs send none). */
class CountLoosely {
  @IsOptional() @IsFiniteNumber() n?: number;
}
class Name {}
const count = commandType('Count', Count, { streamId: () => 'count-1', rights: () => undefined });
const countLoosely = commandType('Count', CountLoosely, { streamId: () => 'count-1', rights: () => undefined });
const name = commandType('Name', Name, { streamId: () => 'n-1', rights: () => undefined });
/** One route per definition, with facts looked up (or refused) while mapping the payload. */
const routes = <Defs extends readonly Parameters<typeof routesOf>[0][number][]>(definitions: Defs, facts: FactFinders<Defs> = {}) =>
  routesOf(definitions, { streamType: 'count', decider }, facts);

const dispatcher = new CommandDispatcher(
  noStore,
  {} as SnapshotStore,
  routes([count] as const, {
    Count: ({ n }) => {
      if (n < 0) throw validationError('COUNT.N_NEGATIVE', 'n', 'n must not be negative');
      return {};
    },
  }),
);

describe('CommandDispatcher replies', () => {
  it('names an unknown command type as a validation error on "type"', async () => {
    expect(await dispatcher.dispatch(envelope('Nope'))).toEqual({
      ok: false,
      error: { kind: 'validation', code: 'COMMAND.UNKNOWN_TYPE', message: 'unknown command type "Nope"', field: 'type' },
    });
  });

  it('turns a payload its schema refuses into a typed reply naming the field', async () => {
    expect(await dispatcher.dispatch(envelope('Count'))).toEqual({
      ok: false,
      error: { kind: 'validation', code: 'COMMAND.FIELD_REQUIRED', message: 'n must be a number conforming to the specified constraints', field: 'n' },
    });
    expect(await dispatcher.dispatch(envelope('Count', { n: 'two' }))).toMatchObject({ ok: false, error: { code: 'COMMAND.FIELD_TYPE', field: 'n' } });
  });

  it('turns a domain error from payload mapping into a typed reply', async () => {
    expect(await dispatcher.dispatch(envelope('Count', { n: -1 }))).toEqual({
      ok: false,
      error: { kind: 'validation', code: 'COUNT.N_NEGATIVE', message: 'n must not be negative', field: 'n' },
    });
  });

  it('refuses to route one command type twice', () => {
    const [route] = routes([commandType('X', Name, { streamId: () => 'x', rights: () => undefined })] as const);
    expect(() => new CommandDispatcher(noStore, {} as SnapshotStore, [route!, route!])).toThrow('command type X routed twice');
  });
});

describe('CommandDispatcher input gate (every context, before authorisation)', () => {
  let authorised = 0;
  const gated = new CommandDispatcher(noStore, {} as SnapshotStore, routes([name] as const), async () => {
    authorised++;
    throw validationError('AUTH.SHOULD_NOT_RUN', 'x', 'authorisation ran');
  });
  const errorOf = async (payload: Record<string, unknown>, override: Partial<CommandEnvelope> = {}) => {
    const reply = await gated.dispatch({ ...envelope('Name', payload), ...override });
    return reply.ok ? undefined : { code: reply.error.code, field: reply.error.field };
  };

  it.each([
    ['NUL', '\u0000'],
    ['5,000 characters', 'a'.repeat(5000)],
    ['a path', '../../etc/passwd'],
    ['$where', '$where'],
    ['a query', '{"$gt":""}'],
    ['empty', ''],
  ])('refuses an id (%s) naming its field', async (_, bad) => {
    expect(await errorOf({ unitId: bad })).toEqual({ code: 'INPUT.ID_INVALID', field: 'unitId' });
    expect(await errorOf({ sourceUnitIds: ['ok', bad] })).toEqual({ code: 'INPUT.ID_INVALID', field: 'sourceUnitIds.1' });
  });

  it('refuses control and bidi characters in any text, and a bad command id or time', async () => {
    expect(await errorOf({ fullName: 'Mai\u202E' })).toEqual({ code: 'INPUT.TEXT_FORBIDDEN_CHARACTER', field: 'fullName' });
    expect(await errorOf({ profile: { nameVi: 'x\u0007' } })).toEqual({ code: 'INPUT.TEXT_FORBIDDEN_CHARACTER', field: 'profile.nameVi' });
    expect(await errorOf({}, { commandId: 'a/b' })).toEqual({ code: 'INPUT.ID_INVALID', field: 'commandId' });
    expect(await errorOf({}, { issuedAt: 'yesterday' })).toEqual({ code: 'DATE.INVALID', field: 'issuedAt' });
    expect(authorised).toBe(0);
  });

  it('shows the authoriser the checked payload only: an undeclared field (a date, say) never reaches it', async () => {
    let seen: Record<string, unknown> | undefined;
    const watching = new CommandDispatcher(noStore, {} as SnapshotStore, routes([name] as const), async (checked) => {
      seen = checked.payload;
      throw validationError('AUTH.STOP', 'x', 'seen');
    });
    await watching.dispatch(envelope('Name', { launchedOn: '2020-01-01' }));
    expect(seen).toEqual({});
  });

  it('lets a clean payload through to authorisation', async () => {
    expect(await errorOf({ unitId: 'lao-cai', fullName: 'Nguyễn Thị Mai', note: 'hai\ndòng' })).toEqual({ code: 'AUTH.SHOULD_NOT_RUN', field: 'x' });
  });
});

describe('CommandDispatcher deadlines (a command its sender gave up on is dropped unexecuted)', () => {
  const now = new Date('2025-07-01T00:01:00.000Z');
  const expired: CommandEnvelope[] = [];
  let authorised = 0;
  let decided = 0;
  const deadlined = new CommandDispatcher(
    noStore,
    {} as SnapshotStore,
    routes([countLoosely] as const, {
      Count: () => {
        decided++;
        // Stops before the (absent) store: reaching here means the command would be decided.
        throw validationError('COUNT.DECIDED', 'n', 'reached the decider');
      },
    }),
    async () => {
      authorised++;
    },
    { now: () => now, onExpired: (e) => expired.push(e) },
  );
  const at = (deadline: string | undefined) => deadlined.dispatch({ ...envelope('Count'), ...(deadline === undefined ? {} : { deadline }) });

  beforeEach(() => {
    expired.length = 0;
    authorised = 0;
    decided = 0;
  });

  it('refuses a command past its deadline (beyond the 2 s clock-skew tolerance) before authorising or deciding it, and counts it', async () => {
    expect(await at('2025-07-01T00:00:57.999Z')).toEqual({
      ok: false,
      error: {
        kind: 'concurrency',
        code: 'COMMAND.DEADLINE_EXCEEDED',
        message: 'the command arrived after its sender stopped waiting; it was not executed and may be sent again with the same id',
      },
    });
    expect({ authorised, decided }).toEqual({ authorised: 0, decided: 0 });
    expect(expired.map((e) => [e.type, e.commandId])).toEqual([['Count', 'cmd-1']]);
  });

  it('decides a command in time, within the tolerance, or without a deadline (older senders), counting none', async () => {
    for (const deadline of ['2025-07-01T00:01:10.000Z', '2025-07-01T00:00:58.000Z', undefined]) {
      expect(await at(deadline)).toMatchObject({ ok: false, error: { code: 'COUNT.DECIDED' } });
    }
    expect({ authorised, decided, expired: expired.length }).toEqual({ authorised: 3, decided: 3, expired: 0 });
  });

  it('refuses a deadline that is not a time, naming the field', async () => {
    expect(await at('whenever')).toMatchObject({ ok: false, error: { kind: 'validation', code: 'DATE.INVALID', field: 'deadline' } });
    expect({ authorised, decided }).toEqual({ authorised: 0, decided: 0 });
  });
});

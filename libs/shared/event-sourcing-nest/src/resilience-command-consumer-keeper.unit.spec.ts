import { Kafka, KafkaJSGroupCoordinatorNotFound, KafkaJSNumberOfRetriesExceeded, logLevel } from 'kafkajs';
import { type CommandConsumerHost, type CommandConsumerState, keepCommandConsumerSubscribed } from './command-consumer-keeper';

// A command consumer that crashed while joining its group on a broker just started
// (KafkaJSGroupCoordinatorNotFound, which kafkajs does not restart from) must be started again,
// and the service must not say it is ready until a consumer has joined.
describe('keepCommandConsumerSubscribed', () => {
  const { events } = new Kafka({ brokers: ['localhost:1'], logLevel: logLevel.NOTHING }).consumer({ groupId: 'unit' });
  type Listener = (event: { payload: unknown }) => void;

  /** A fake Kafka server whose n-th start plays the given script on a fresh consumer, as kafkajs emits it. */
  function fakeHost(scripts: ((emit: (name: string, payload?: unknown) => void) => void)[]) {
    let listener: ((consumer: never) => void) | undefined;
    let current: Map<string, Listener[]> | undefined;
    const calls: string[] = [];
    const emit = (name: string, payload: unknown = {}) => (current?.get(name) ?? []).forEach((handle) => handle({ payload }));
    const host: CommandConsumerHost = {
      prepareTopics: async () => void calls.push('topics'),
      start: async () => {
        calls.push('start');
        const listeners = new Map<string, Listener[]>();
        current = listeners;
        listener?.({
          events,
          on: (name: string, handle: Listener) => {
            listeners.set(name, [...(listeners.get(name) ?? []), handle]);
            return () => undefined;
          },
        } as never);
        // kafkajs's run() resolves whether the join succeeded or crashed.
        scripts[calls.filter((call) => call === 'start').length - 1]?.(emit);
      },
      stop: async () => {
        calls.push('stop');
        emit(events.DISCONNECT);
        current = undefined;
      },
      onConsumerCreated: (handle) => (listener = handle as never),
    };
    return { host, calls, emit };
  }
  const joined = (emit: (name: string) => void) => emit(events.GROUP_JOIN);
  // kafkajs's typings give this error no constructor argument; at run time it needs a message.
  const CoordinatorNotFound = KafkaJSGroupCoordinatorNotFound as unknown as new (message: string) => Error;
  const coordinatorNotFound = (emit: (name: string, payload?: unknown) => void) =>
    emit(events.CRASH, { error: new CoordinatorNotFound('no coordinator'), groupId: 'unit', restart: false });

  it('starts afresh a consumer that crashed for good while joining, and is ready only once one joined', async () => {
    const { host, calls } = fakeHost([coordinatorNotFound, joined]);
    const state: CommandConsumerState = { subscribed: false, closing: false };
    const warnings: string[] = [];
    await keepCommandConsumerSubscribed(
      host,
      state,
      (message) => warnings.push(message),
      () => 1,
    );
    expect(calls).toEqual(['topics', 'start', 'stop', 'topics', 'start']);
    expect(state.subscribed).toBe(true);
    expect(warnings).toEqual([
      'command consumer not in its group yet (consumer crashed (KafkaJSGroupCoordinatorNotFound); not restarting by itself); retrying',
    ]);
  });

  it('is not ready after a start that neither joined nor crashed, until the join comes', async () => {
    const { host, emit } = fakeHost([() => undefined]);
    const state: CommandConsumerState = { subscribed: false, closing: false };
    await keepCommandConsumerSubscribed(
      host,
      state,
      () => undefined,
      () => 1,
    );
    expect(state.subscribed).toBe(false);
    emit(events.GROUP_JOIN);
    expect(state.subscribed).toBe(true);
  });

  it('leaves a retriable crash to kafkajs, and starts the server again after a crash it will not restart from', async () => {
    const { host, calls, emit } = fakeHost([joined, joined]);
    const state: CommandConsumerState = { subscribed: false, closing: false };
    const warnings: string[] = [];
    await keepCommandConsumerSubscribed(
      host,
      state,
      (message) => warnings.push(message),
      () => 1,
    );

    emit(events.CRASH, { error: new KafkaJSNumberOfRetriesExceeded(new Error('gone'), { retryCount: 3, retryTime: 1 }), groupId: 'unit', restart: true });
    expect(state.subscribed).toBe(false);
    expect(calls).toEqual(['topics', 'start']);
    emit(events.GROUP_JOIN);

    coordinatorNotFound(emit);
    expect(warnings).toEqual([expect.stringContaining('not restarting by itself; starting it again')]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toEqual(['topics', 'start', 'stop', 'topics', 'start']);
    expect(state.subscribed).toBe(true);
  });

  it('gives up retrying once the service is closing', async () => {
    const { host, calls } = fakeHost([coordinatorNotFound, coordinatorNotFound, coordinatorNotFound]);
    const state: CommandConsumerState = { subscribed: false, closing: false };
    const keeping = keepCommandConsumerSubscribed(
      host,
      state,
      () => undefined,
      () => 5,
    );
    await new Promise((resolve) => setTimeout(resolve, 1));
    state.closing = true;
    await keeping;
    expect(calls.filter((call) => call === 'start').length).toBeLessThanOrEqual(2);
    expect(state.subscribed).toBe(false);
  });
});

import type { Reaction, ReactorDeps } from './event-reactor';
import { Reactors } from './reactors';

/** Kafka whose consumers connect and run at once, remembering what they subscribed to and whether they were let go. */
function fakeKafka() {
  const consumers: { groupId: string; topics: string[]; disconnected: boolean }[] = [];
  const kafka = {
    consumer: ({ groupId }: { groupId: string }) => {
      const consumer = { groupId, topics: [] as string[], disconnected: false };
      consumers.push(consumer);
      return {
        connect: async () => undefined,
        subscribe: async ({ topics }: { topics: string[] }) => void consumer.topics.push(...topics),
        run: async () => undefined,
        disconnect: async () => void (consumer.disconnected = true),
      };
    },
  };
  return { consumers, kafka };
}

const reaction = (name: string, topic: string): Reaction => ({
  name,
  topic,
  groupId: `${name}-v1`,
  eventTypes: ['Happened'],
  commandTypes: [],
  react: async () => [],
});

function reactorsOf(reactions: (progressOf: (topic: string) => { waitUntilPastNow: (group: string, ms: number) => Promise<boolean> }) => Reaction[]) {
  const { consumers, kafka } = fakeKafka();
  const ready = new Map<string, () => { up: boolean }>();
  const deps = {
    store: {},
    mongo: { connected: async () => undefined },
    kafka: { kafka },
    metrics: {},
    indicators: { register: (name: string, probe: () => { up: boolean }) => ready.set(name, probe) },
  } as unknown as Omit<ReactorDeps, 'routes'>;
  return { reactors: new Reactors({ routes: [], reactions: ({ progressOf }) => reactions(progressOf) }, deps), consumers, ready };
}

const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('Reactors', () => {
  it('runs one consumer per reaction once the application is up, each ready under its name, and lets them go on shutdown', async () => {
    const { reactors, consumers, ready } = reactorsOf(() => [reaction('carry', 'registry.events'), reaction('book', 'network.events')]);
    expect(ready.get('carry')?.()).toMatchObject({ up: false });
    reactors.onApplicationBootstrap();
    await settled();
    expect(consumers.map(({ groupId, topics }) => [groupId, topics])).toEqual([
      ['carry-v1', ['registry.events']],
      ['book-v1', ['network.events']],
    ]);
    expect(ready.get('book')?.()).toEqual({ up: true });
    await reactors.onApplicationShutdown();
    expect(consumers.every((consumer) => consumer.disconnected)).toBe(true);
  });

  it('closes the progress probes its reactions were given once the reactors have stopped', async () => {
    let probe: { waitUntilPastNow: (group: string, ms: number) => Promise<boolean> } | undefined;
    const { reactors } = reactorsOf((progressOf) => {
      probe = progressOf('training.events');
      return [reaction('completions', 'training.events')];
    });
    reactors.onApplicationBootstrap();
    await reactors.onApplicationShutdown();
    await expect(probe?.waitUntilPastNow('kinds', 10)).rejects.toThrow('progress probe of training.events is closed');
  });
});

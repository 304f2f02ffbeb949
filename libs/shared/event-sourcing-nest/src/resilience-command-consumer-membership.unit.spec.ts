import { Kafka, KafkaJSNonRetriableError, KafkaJSNumberOfRetriesExceeded, logLevel } from 'kafkajs';
import { type ConsumerMembership, followConsumerMembership } from './command-consumer-membership';

// kafkajs's consumer events (as the command consumer of Nest's Kafka server emits them when
// Kafka goes away and comes back) decide whether readiness reports the command transport up.
describe('followConsumerMembership', () => {
  // A consumer never connected: only its event names are used.
  const { events } = new Kafka({ brokers: ['localhost:1'], logLevel: logLevel.NOTHING }).consumer({ groupId: 'unit' });

  function fakeConsumer() {
    const listeners = new Map<string, ((event: { payload: unknown }) => void)[]>();
    return {
      events,
      on: ((name: string, listener: (event: { payload: unknown }) => void) => {
        listeners.set(name, [...(listeners.get(name) ?? []), listener]);
        return () =>
          listeners.set(
            name,
            (listeners.get(name) ?? []).filter((other) => other !== listener),
          );
      }) as never,
      emit: (name: string, payload: unknown = {}) => (listeners.get(name) ?? []).forEach((listener) => listener({ payload })),
    };
  }

  it('is out of the group from the crash that follows a lost broker until the restarted consumer joins again', () => {
    const consumer = fakeConsumer();
    const membership: ConsumerMembership = { subscribed: true };
    const givenUp: Error[] = [];
    followConsumerMembership(consumer, membership, (error) => givenUp.push(error));

    // kafkajs's order on a crash: the runner stops, the consumer disconnects, then CRASH.
    consumer.emit(events.STOP);
    expect(membership).toEqual({ subscribed: false, lostBecause: 'consumer stopped' });
    consumer.emit(events.DISCONNECT);
    const crash = new KafkaJSNumberOfRetriesExceeded(new Error('Connection refused: 10.0.0.1'), { retryCount: 3, retryTime: 2000 });
    consumer.emit(events.CRASH, { error: crash, groupId: 'unit', restart: true });
    expect(membership).toEqual({ subscribed: false, lostBecause: 'consumer crashed (KafkaJSNumberOfRetriesExceeded); restarting' });
    expect(membership.lostBecause).not.toContain('10.0.0.1');
    expect(givenUp).toEqual([]);

    consumer.emit(events.GROUP_JOIN, {
      groupId: 'unit',
      memberId: 'm',
      leaderId: 'm',
      isLeader: true,
      memberAssignment: {},
      groupProtocol: 'RoundRobin',
      duration: 5,
    });
    expect(membership).toEqual({ subscribed: true, lostBecause: undefined });
  });

  it('reports a crash kafkajs will not restart from, and hands it over to be started afresh', () => {
    const consumer = fakeConsumer();
    const membership: ConsumerMembership = { subscribed: true };
    const givenUp: Error[] = [];
    followConsumerMembership(consumer, membership, (error) => givenUp.push(error));
    const fatal = new KafkaJSNonRetriableError('bad thing');
    consumer.emit(events.CRASH, { error: fatal, groupId: 'unit', restart: false });
    expect(membership).toEqual({ subscribed: false, lostBecause: 'consumer crashed (KafkaJSNonRetriableError); not restarting by itself' });
    expect(givenUp).toEqual([fatal]);
  });

  it('names the code of a coded error, and stops following when asked', () => {
    const consumer = fakeConsumer();
    const membership: ConsumerMembership = { subscribed: true };
    const stop = followConsumerMembership(consumer, membership);
    consumer.emit(events.CRASH, { error: Object.assign(new TypeError('x'), { code: 'E_PROJECTOR' }), groupId: 'unit', restart: true });
    expect(membership.lostBecause).toBe('consumer crashed (TypeError E_PROJECTOR); restarting');
    stop();
    consumer.emit(events.GROUP_JOIN);
    expect(membership.subscribed).toBe(false);
  });
});

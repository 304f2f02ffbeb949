import { deadLetterTopicOf, Projector, readDeadLetters, redriveDeadLetters } from '@tn/shared-event-bus';
import { isolatedSuite } from '@tn/shared-testing';
import { asMessage, counterEvent, counterTotals, eventually } from './fixtures/projection-fixtures';
import { projectorTestBed } from './fixtures/projector-test-bed';

describe('projector runtime (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('projector');
  const bed = projectorTestBed(suite, 'projector-test');
  const { kafka, running, topicFor, produce, doc } = bed;
  const start = async (groupId: string, topic: string, projection = counterTotals(`${groupId}_totals`)) => {
    const projector = new Projector({ kafka, connection: bed.connection, groupId, topics: [topic], projections: [projection] });
    running.push(projector);
    await projector.start();
    return projector;
  };
  /** Parked ids hold the stream id (`collection|document|stream|version`); the collection is small. */
  const parkedFor = async (streamId: string) =>
    (await bed.connection.collection('projector_parked').find({}).toArray()).map((d) => String(d._id)).filter((id) => id.split('|')[2] === streamId);

  it('ends correct after a duplicate, an out-of-order and a poison event, and carries on', async () => {
    const topic = await topicFor('mixed');
    const groupId = `${suite.topicPrefix}mixed-group`;
    const s = 'counter-mixed';
    await produce(topic, [
      asMessage(counterEvent(s, 1, 1)),
      asMessage(counterEvent(s, 1, 1)), // duplicate (re-published)
      asMessage(counterEvent(s, 3, 100)), // out of order: v3 before v2
      { key: s, value: '{not json' }, // poison: unreadable
      asMessage(counterEvent('counter-poison', 1, -5)), // poison: the projection refuses it
      asMessage(counterEvent(s, 2, 10)),
      asMessage(counterEvent('counter-after', 1, 7)), // after the poison: still applied
    ]);
    await start(groupId, topic);
    await eventually('the after-poison event', async () => (await doc(`${groupId}_totals`, 'counter-after')) !== null);
    await eventually('v3 applied', async () => (await doc(`${groupId}_totals`, s))?.['increments'] === 3);
    expect(await doc(`${groupId}_totals`, s)).toMatchObject({ total: 111, increments: 3, _versions: { [s]: 3 } });
    expect(await parkedFor(s)).toEqual([]);

    const letters = await readDeadLetters(kafka, groupId);
    expect(letters).toHaveLength(2);
    expect(letters.map((l) => l.error)).toEqual(
      // The projection's own message ("negative amount -5") quotes event data: only its class goes on Kafka.
      expect.arrayContaining(['malformed event message: value is not JSON', `PoisonEventError in ${groupId}_totals for CounterIncremented caused by Error`]),
    );
    expect(letters.find((l) => l.streamId === 'counter-poison')).toMatchObject({
      originalTopic: topic,
      originalOffset: '4',
      eventType: 'CounterIncremented',
      streamId: 'counter-poison',
    });
    expect(deadLetterTopicOf(groupId)).toBe(`${groupId}.dlq`);
  });

  it('drains an event parked in an earlier batch when the missing one arrives later', async () => {
    const topic = await topicFor('late-gap');
    const groupId = `${suite.topicPrefix}late-gap-group`;
    const s = 'counter-late-gap';
    await produce(topic, [asMessage(counterEvent(s, 1, 1)), asMessage(counterEvent(s, 3, 100))]);
    await start(groupId, topic);
    await eventually('v3 parked behind the gap', async () => (await parkedFor(s)).length === 1);
    expect(await doc(`${groupId}_totals`, s)).toMatchObject({ total: 1, _versions: { [s]: 1 } });
    // A later batch: the projector must look for the parked successor, though its batch parked nothing.
    await produce(topic, [asMessage(counterEvent(s, 2, 10))]);
    await eventually('v2 and then the parked v3 applied', async () => (await doc(`${groupId}_totals`, s))?.['increments'] === 3);
    expect(await doc(`${groupId}_totals`, s)).toMatchObject({ total: 111, _versions: { [s]: 3 } });
    expect(await parkedFor(s)).toEqual([]);
  });

  it('re-drives a dead letter once the projection can take it', async () => {
    const topic = await topicFor('redrive');
    const groupId = `${suite.topicPrefix}redrive-group`;
    let fixed = false;
    await produce(topic, [asMessage(counterEvent('counter-refund', 1, -3))]);
    await start(groupId, topic, counterTotals(`${groupId}_totals`, { allowNegative: () => fixed }));
    await eventually('the dead letter', async () => (await readDeadLetters(kafka, groupId)).length === 1);
    fixed = true;
    const [letter] = await redriveDeadLetters(kafka, groupId);
    expect(letter?.streamId).toBe('counter-refund');
    await eventually('the re-driven event applied', async () => (await doc(`${groupId}_totals`, 'counter-refund'))?.['total'] === -3);
  });

  it('loses nothing and applies nothing twice when a projector stops mid-stream and another takes over', async () => {
    const topic = await topicFor('takeover', 3);
    const groupId = `${suite.topicPrefix}takeover-group`;
    const streams = ['a', 'b', 'c', 'd', 'e'].map((s) => `counter-${s}`);
    await produce(
      topic,
      streams.flatMap((s) => Array.from({ length: 40 }, (_, i) => asMessage(counterEvent(s, i + 1)))),
    );
    const collection = `${groupId}_totals`;
    const increments = async () => (await bed.connection.collection(collection).find({}).toArray()).reduce((sum, d) => sum + Number(d['increments']), 0);
    const first = await start(groupId, topic);
    await eventually('some progress', async () => (await increments()) >= 20);
    await first.stop();
    running.splice(running.indexOf(first), 1);
    await start(groupId, topic);
    await eventually('all 200 events', async () => (await increments()) === 200, 30_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await increments()).toBe(200);
    for (const s of streams) expect(await doc(collection, s)).toMatchObject({ total: 40, increments: 40 });
  }, 60_000);
});

import type { EventEnvelope } from '@tn/shared-event-contracts';
import { EventReactor, type ReactorDeps } from '@tn/shared-event-sourcing-nest';
import { groupStreamId, needStreamId } from '@tn/network-contracts';
import { groupRoutes } from '../groups/group-routes';
import { needBookingReaction } from './booking-reaction';
import { needRoutes } from './need-routes';
import { networkWorld } from './needs.test-fixtures';

/** The booking reaction run by the shared reactor, without Kafka: `handle` is what each consumed event gets. */
function bookingReactor(world: ReturnType<typeof networkWorld>): EventReactor {
  const deps = {
    store: world.store,
    routes: world.routes,
    kafka: { kafka: {} },
    indicators: { register: () => undefined },
  } as unknown as ReactorDeps;
  return new EventReactor(needBookingReaction({ topic: 'network.events', topicPrefix: '', lookups: world.lookups }), deps);
}

const need = (needId: string, from: string, to: string) => ({
  needId,
  unitId: 'huyen-sa-pa',
  source: 'unit',
  kind: 'people',
  description: 'Dọn bùn sau lũ',
  skills: [],
  fields: ['disaster-prevention-response'],
  quantity: 10,
  measure: 'người',
  placeUnitId: 'xa-ta-van',
  from,
  to,
  priority: 'urgent',
});
const offerGroup = (needId: string, matchId: string) => ({ needId, matchId, offerer: { kind: 'group', id: 'g-1' }, quantity: 6 });

/** Two needs on overlapping days, the same group offered to both. */
async function twoNeedsOneGroup() {
  const world = networkWorld((lookups) => [...groupRoutes(lookups), ...needRoutes(lookups)]);
  await world.send('RegisterGroup', {
    groupId: 'g-1',
    name: 'Đội xung kích Tả Van',
    kind: 'team',
    origin: 'union-founded',
    hostUnitId: 'xa-ta-van',
    fields: ['disaster-prevention-response'],
    areaUnitIds: ['xa-ta-van'],
    size: 12,
    leaderPersonIds: ['person-1'],
  });
  await world.send('RaiseNeed', need('need-1', '2026-08-10', '2026-08-12'));
  await world.send('RaiseNeed', need('need-2', '2026-08-12', '2026-08-14'));
  await world.send('ProposeNeedMatch', offerGroup('need-1', 'm-1'));
  await world.send('ProposeNeedMatch', offerGroup('need-2', 'm-2'));
  return world;
}

const last = (events: readonly EventEnvelope[]) => {
  const event = events.at(-1);
  if (!event) throw new Error('no event');
  return event;
};

describe('booking groups for accepted matches', () => {
  it('books the group’s dates once its match is accepted, and refuses the group to a second need on those days', async () => {
    const world = await twoNeedsOneGroup();
    const reactor = bookingReactor(world);
    await world.send('AcceptNeedMatch', { needId: 'need-1', matchId: 'm-1' });
    expect(await reactor.handle(last(world.store.eventsOf(needStreamId('need-1'))))).toEqual({ stored: 1, refused: 0 });
    expect(last(world.store.eventsOf(groupStreamId('g-1')))).toMatchObject({ type: 'GroupDatesBooked', data: { matchId: 'm-1', from: '2026-08-10' } });
    await expect(world.send('AcceptNeedMatch', { needId: 'need-2', matchId: 'm-2' })).rejects.toMatchObject({ code: 'NEED.GROUP_ALREADY_BOOKED' });
  });

  it('releases the second match when both were accepted before either booking (a race), and frees nothing it did not book', async () => {
    const world = await twoNeedsOneGroup();
    const reactor = bookingReactor(world);
    await world.send('AcceptNeedMatch', { needId: 'need-1', matchId: 'm-1' });
    await world.send('AcceptNeedMatch', { needId: 'need-2', matchId: 'm-2' });
    const firstAccepted = last(world.store.eventsOf(needStreamId('need-1')));
    const secondAccepted = last(world.store.eventsOf(needStreamId('need-2')));
    await reactor.handle(firstAccepted);
    expect(await reactor.handle(secondAccepted)).toEqual({ stored: 1, refused: 1 });
    expect(last(world.store.eventsOf(needStreamId('need-2')))).toMatchObject({
      type: 'NeedMatchReleased',
      data: { matchId: 'm-2', reason: 'group-double-booked', releasedBy: 'network-bookings' },
    });
    // The release itself reacts: the group's dates of m-2 were never booked, so nothing is freed.
    expect(await reactor.handle(last(world.store.eventsOf(needStreamId('need-2'))))).toEqual({ stored: 0, refused: 0 });
    expect(world.store.eventsOf(groupStreamId('g-1')).filter((event) => event.type === 'GroupDatesBooked')).toHaveLength(1);
  });

  it('releases the match when its group was dissolved between acceptance and booking', async () => {
    const world = await twoNeedsOneGroup();
    const reactor = bookingReactor(world);
    await world.send('AcceptNeedMatch', { needId: 'need-1', matchId: 'm-1' });
    await world.send('DeclareGroupStatus', { groupId: 'g-1', status: 'dissolved', reason: 'Giải thể' });
    expect(await reactor.handle(last(world.store.eventsOf(needStreamId('need-1'))))).toEqual({ stored: 1, refused: 1 });
    expect(last(world.store.eventsOf(needStreamId('need-1')))).toMatchObject({
      type: 'NeedMatchReleased',
      data: { matchId: 'm-1', reason: 'group-unavailable', releasedBy: 'network-bookings' },
    });
    // And a dissolved group's offer is not accepted at all.
    await expect(world.send('AcceptNeedMatch', { needId: 'need-2', matchId: 'm-2' })).rejects.toMatchObject({ code: 'NEED.GROUP_DISSOLVED' });
  });

  it('keeps two needs’ matches of the same id apart: the second is refused on overlapping days, and its release frees nothing of the first', async () => {
    const world = await twoNeedsOneGroup();
    const reactor = bookingReactor(world);
    await world.send('RaiseNeed', need('need-3', '2026-08-11', '2026-08-11'));
    await world.send('ProposeNeedMatch', offerGroup('need-3', 'm-1'));
    await world.send('AcceptNeedMatch', { needId: 'need-1', matchId: 'm-1' });
    await world.send('AcceptNeedMatch', { needId: 'need-3', matchId: 'm-1' });
    await reactor.handle(last(world.store.eventsOf(needStreamId('need-1'))));
    expect(await reactor.handle(last(world.store.eventsOf(needStreamId('need-3'))))).toEqual({ stored: 1, refused: 1 });
    expect(last(world.store.eventsOf(needStreamId('need-3')))).toMatchObject({ type: 'NeedMatchReleased', data: { reason: 'group-double-booked' } });
    await reactor.handle(last(world.store.eventsOf(needStreamId('need-3'))));
    const groupEvents = world.store.eventsOf(groupStreamId('g-1'));
    expect(groupEvents.filter((event) => event.type === 'GroupDatesReleased')).toEqual([]);
    // need-1's days stay held: need-2 is still refused them.
    await expect(world.send('AcceptNeedMatch', { needId: 'need-2', matchId: 'm-2' })).rejects.toMatchObject({ code: 'NEED.GROUP_ALREADY_BOOKED' });
  });

  it('stores nothing twice when an event is handled again', async () => {
    const world = await twoNeedsOneGroup();
    const reactor = bookingReactor(world);
    await world.send('AcceptNeedMatch', { needId: 'need-1', matchId: 'm-1' });
    const accepted = last(world.store.eventsOf(needStreamId('need-1')));
    await reactor.handle(accepted);
    const held = world.store.eventsOf(groupStreamId('g-1')).length;
    await reactor.handle(accepted);
    expect(world.store.eventsOf(groupStreamId('g-1'))).toHaveLength(held);
  });

  it('frees the group when the need is cancelled, so another need may take it', async () => {
    const world = await twoNeedsOneGroup();
    const reactor = bookingReactor(world);
    await world.send('AcceptNeedMatch', { needId: 'need-1', matchId: 'm-1' });
    await reactor.handle(last(world.store.eventsOf(needStreamId('need-1'))));
    await world.send('CancelNeed', { needId: 'need-1', reason: 'Lũ đã rút' });
    expect(await reactor.handle(last(world.store.eventsOf(needStreamId('need-1'))))).toEqual({ stored: 1, refused: 0 });
    expect(last(world.store.eventsOf(groupStreamId('g-1')))).toMatchObject({ type: 'GroupDatesReleased', data: { matchId: 'm-1', reason: 'need-cancelled' } });
    await world.send('AcceptNeedMatch', { needId: 'need-2', matchId: 'm-2' });
    await reactor.handle(last(world.store.eventsOf(needStreamId('need-2'))));
    expect(last(world.store.eventsOf(groupStreamId('g-1')))).toMatchObject({ type: 'GroupDatesBooked', data: { matchId: 'm-2' } });
  });
});

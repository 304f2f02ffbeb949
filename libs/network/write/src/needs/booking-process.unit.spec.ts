import { DomainError } from '@tn/shared-decider';
import type { EventEnvelope } from '@tn/shared-event-contracts';
import type { NetworkLookups } from '../lookups';
import { bookingCommandId, bookingCommandsFor, commandsOnRefusedBooking } from './booking-process';
import { bookingGroupIdOf, needBookingReaction } from './booking-reaction';

const match = (matchId: string, kind: 'group' | 'partner', id: string, status: string) => ({ matchId, offerer: { kind, id }, quantity: 2, status });
const need = {
  status: 'open',
  needId: 'need-1',
  from: '2026-08-10',
  to: '2026-08-12',
  matches: [
    match('m-1', 'group', 'g-1', 'accepted'),
    match('m-2', 'partner', 'p-1', 'accepted'),
    match('m-3', 'group', 'g-3', 'fulfilled'),
    match('m-4', 'group', 'g-4', 'declined'),
    match('m-5', 'group', 'g-5', 'accepted'),
    match('m-6', 'group', 'g-6', 'proposed'),
  ],
};
const lookups = { needOf: async (id: string) => (id === 'need-1' ? need : { status: 'none' }) } as unknown as Pick<NetworkLookups, 'needOf'>;
const event = (type: string, data: object) => ({ type, data: { needId: 'need-1', ...data } }) as unknown as EventEnvelope;

describe('the booking process', () => {
  it('books the group’s dates for an accepted group offer, under an id of the match', async () => {
    expect(await bookingCommandsFor(event('NeedMatchAccepted', { matchId: 'm-1' }), lookups)).toEqual([
      {
        commandId: bookingCommandId('BookGroupDates', 'need-1', 'm-1'),
        type: 'BookGroupDates',
        payload: { groupId: 'g-1', needId: 'need-1', matchId: 'm-1', from: '2026-08-10', to: '2026-08-12' },
      },
    ]);
  });

  it('books nothing for a partner’s offer', async () => {
    expect(await bookingCommandsFor(event('NeedMatchAccepted', { matchId: 'm-2' }), lookups)).toEqual([]);
  });

  it('frees the group of a declined or released match', async () => {
    expect(await bookingCommandsFor(event('NeedMatchDeclined', { matchId: 'm-4' }), lookups)).toEqual([
      {
        commandId: bookingCommandId('ReleaseGroupDates', 'need-1', 'm-4'),
        type: 'ReleaseGroupDates',
        payload: { groupId: 'g-4', needId: 'need-1', matchId: 'm-4', reason: 'need-match-declined' },
      },
    ]);
    expect(await bookingCommandsFor(event('NeedMatchReleased', { matchId: 'm-1' }), lookups)).toMatchObject([
      { type: 'ReleaseGroupDates', payload: { groupId: 'g-1', needId: 'need-1', matchId: 'm-1', reason: 'need-match-released' } },
    ]);
  });

  it('frees every group still accepted when the need is cancelled or fulfilled; delivered matches keep their days', async () => {
    for (const [type, reason] of [
      ['NeedCancelled', 'need-cancelled'],
      ['NeedFulfilled', 'need-fulfilled'],
    ] as const) {
      expect(await bookingCommandsFor(event(type, {}), lookups)).toEqual([
        {
          commandId: bookingCommandId('ReleaseGroupDates', 'need-1', 'm-1'),
          type: 'ReleaseGroupDates',
          payload: { groupId: 'g-1', needId: 'need-1', matchId: 'm-1', reason },
        },
        {
          commandId: bookingCommandId('ReleaseGroupDates', 'need-1', 'm-5'),
          type: 'ReleaseGroupDates',
          payload: { groupId: 'g-5', needId: 'need-1', matchId: 'm-5', reason },
        },
      ]);
    }
  });

  it('reacts to nothing else, nor to a need it does not know', async () => {
    expect(await bookingCommandsFor(event('NeedMatchProposed', { matchId: 'm-6' }), lookups)).toEqual([]);
    expect(await bookingCommandsFor({ type: 'NeedMatchAccepted', data: { needId: 'need-x', matchId: 'm-1' } } as unknown as EventEnvelope, lookups)).toEqual(
      [],
    );
  });

  it('releases the match whose booking the group refused as double-booked, and for any other refusal as the group unavailable', () => {
    const booking = {
      commandId: 'b',
      type: 'BookGroupDates',
      payload: { groupId: 'g-1', needId: 'need-1', matchId: 'm-1', from: '2026-08-10', to: '2026-08-12' },
    };
    expect(commandsOnRefusedBooking(booking, new DomainError('illegal-state', 'GROUP.DATES_ALREADY_BOOKED', 'booked'))).toEqual([
      {
        commandId: bookingCommandId('ReleaseNeedMatch', 'need-1', 'm-1'),
        type: 'ReleaseNeedMatch',
        payload: { needId: 'need-1', matchId: 'm-1', reason: 'group-double-booked' },
      },
    ]);
    for (const code of ['GROUP.DISSOLVED', 'GROUP.NOT_VERIFIED', 'GROUP.NOT_FOUND']) {
      expect(commandsOnRefusedBooking(booking, { code })).toEqual([
        {
          commandId: bookingCommandId('ReleaseNeedMatch', 'need-1', 'm-1'),
          type: 'ReleaseNeedMatch',
          payload: { needId: 'need-1', matchId: 'm-1', reason: 'group-unavailable' },
        },
      ]);
    }
    expect(commandsOnRefusedBooking({ ...booking, type: 'ReleaseGroupDates' }, { code: 'GROUP.DATES_ALREADY_BOOKED' })).toEqual([]);
  });

  it('derives the same id from the same type, need and match only', () => {
    expect(bookingCommandId('BookGroupDates', 'need-1', 'm-1')).toBe(bookingCommandId('BookGroupDates', 'need-1', 'm-1'));
    expect(bookingCommandId('BookGroupDates', 'need-1', 'm-1')).not.toBe(bookingCommandId('ReleaseGroupDates', 'need-1', 'm-1'));
    expect(bookingCommandId('BookGroupDates', 'need-1', 'm-1')).not.toBe(bookingCommandId('BookGroupDates', 'need-2', 'm-1'));
    expect(bookingCommandId('BookGroupDates', 'need-1', 'm-1')).toMatch(/^need-booking-[0-9a-f]{64}$/);
  });
});

describe('the booking reaction', () => {
  it('consumes the service’s own topic in its own group, and sends only booking commands', async () => {
    const reaction = needBookingReaction({ topic: 'staging.network.events', topicPrefix: 'staging.', lookups });
    expect(reaction).toMatchObject({ name: 'network-bookings', topic: 'staging.network.events', groupId: 'staging.network-bookings-v1' });
    expect(bookingGroupIdOf('')).toBe('network-bookings-v1');
    expect([...reaction.commandTypes]).toEqual(['BookGroupDates', 'ReleaseGroupDates', 'ReleaseNeedMatch']);
    expect(await reaction.react(event('NeedMatchAccepted', { matchId: 'm-1' }))).toHaveLength(1);
    const refused = await reaction.onRefused?.(
      { commandId: 'b', type: 'BookGroupDates', payload: { needId: 'need-1', matchId: 'm-1' } },
      new DomainError('illegal-state', 'GROUP.DATES_ALREADY_BOOKED', 'booked'),
      event('NeedMatchAccepted', { matchId: 'm-1' }),
    );
    expect(refused?.map((command) => command.type)).toEqual(['ReleaseNeedMatch']);
  });
});

import { given } from '@tn/shared-decider';
import { groupDecider } from './group.decide';
import type { GroupEvent } from './group.events';
import { bookDates, declareStatus, registered, releaseDates, run, selfRegistered, stateAfter, TODAY } from './group.test-fixtures';
import { heldBookings } from './group.types';

const booked: GroupEvent = {
  type: 'GroupDatesBooked',
  data: { groupId: 'g-1', needId: 'need-1', matchId: 'match-1', from: '2026-07-10', to: '2026-07-20', bookedOn: TODAY },
};

describe('booking a group’s dates', () => {
  it('books the days for the match', () => {
    given(groupDecider, registered).when(bookDates()).then([booked]);
  });

  it('decides nothing for the same match again', () => {
    given(groupDecider, [...registered, booked])
      .when(bookDates())
      .then([]);
  });

  it('refuses days overlapping another match’s booking, naming it', () => {
    const refusal = given(groupDecider, [...registered, booked])
      .when(bookDates({ matchId: 'match-2', needId: 'need-2', from: '2026-07-20', to: '2026-07-25' }))
      .thenFails('GROUP.DATES_ALREADY_BOOKED');
    expect(refusal.details).toEqual({ matchId: 'match-1', needId: 'need-1', from: '2026-07-10', to: '2026-07-20' });
  });

  it('refuses another need’s match of the same id on overlapping days: match ids are unique only within a need', () => {
    given(groupDecider, [...registered, booked])
      .when(bookDates({ needId: 'need-2' }))
      .thenFails('GROUP.DATES_ALREADY_BOOKED');
  });

  it('books another need’s match of the same id on other days', () => {
    given(groupDecider, [...registered, booked])
      .when(bookDates({ needId: 'need-2', from: '2026-08-01', to: '2026-08-05' }))
      .then([{ type: 'GroupDatesBooked', data: { ...booked.data, needId: 'need-2', from: '2026-08-01', to: '2026-08-05' } }]);
  });

  it('books days next to another booking', () => {
    given(groupDecider, [...registered, booked])
      .when(bookDates({ matchId: 'match-2', from: '2026-07-21', to: '2026-07-25' }))
      .then([{ type: 'GroupDatesBooked', data: { ...booked.data, matchId: 'match-2', from: '2026-07-21', to: '2026-07-25' } }]);
  });

  it('books days a released booking held', () => {
    const released = run([releaseDates()], [...registered, booked]);
    given(groupDecider, released)
      .when(bookDates({ matchId: 'match-2' }))
      .then([{ type: 'GroupDatesBooked', data: { ...booked.data, matchId: 'match-2' } }]);
  });

  it('refuses a period that ends before it starts, or dates that are not dates', () => {
    given(groupDecider, registered)
      .when(bookDates({ from: '2026-07-20', to: '2026-07-10' }))
      .thenFails('GROUP.PERIOD_INVALID');
    given(groupDecider, registered)
      .when(bookDates({ to: '2026-07-32' }))
      .thenFails('GROUP.DATE_INVALID');
  });

  it('refuses a group not verified, dissolved or unknown', () => {
    given(groupDecider, selfRegistered)
      .when(bookDates({ groupId: 'g-2' }))
      .thenFails('GROUP.NOT_VERIFIED');
    given(groupDecider, run([declareStatus({ status: 'dissolved' })], registered))
      .when(bookDates())
      .thenFails('GROUP.DISSOLVED');
    given(groupDecider).when(bookDates()).thenFails('GROUP.NOT_FOUND');
  });
});

describe('releasing a group’s dates', () => {
  it('frees the match’s days, naming its need', () => {
    given(groupDecider, [...registered, booked])
      .when(releaseDates())
      .then([{ type: 'GroupDatesReleased', data: { groupId: 'g-1', needId: 'need-1', matchId: 'match-1', reason: 'need-cancelled', releasedOn: TODAY } }]);
    expect(heldBookings(stateAfter(run([releaseDates()], [...registered, booked])))).toEqual([]);
  });

  it('decides nothing for a match not booked, released already, or a group unknown', () => {
    given(groupDecider, registered).when(releaseDates()).then([]);
    given(groupDecider, run([releaseDates()], [...registered, booked]))
      .when(releaseDates())
      .then([]);
    given(groupDecider).when(releaseDates()).then([]);
  });

  it('frees only the named need’s match when another need’s match bears the same id', () => {
    const other: GroupEvent = { type: 'GroupDatesBooked', data: { ...booked.data, needId: 'need-2', from: '2026-08-01', to: '2026-08-05' } };
    given(groupDecider, [...registered, booked, other])
      .when(releaseDates({ needId: 'need-2' }))
      .then([{ type: 'GroupDatesReleased', data: { groupId: 'g-1', needId: 'need-2', matchId: 'match-1', reason: 'need-cancelled', releasedOn: TODAY } }]);
    const after = stateAfter(run([releaseDates({ needId: 'need-2' })], [...registered, booked, other]));
    expect(heldBookings(after)).toEqual([{ matchId: 'match-1', needId: 'need-1', from: '2026-07-10', to: '2026-07-20', released: false }]);
    given(groupDecider, [...registered, booked])
      .when(releaseDates({ needId: 'need-3' }))
      .then([]);
  });

  it('refuses a blank reason', () => {
    given(groupDecider, [...registered, booked])
      .when(releaseDates({ reason: ' ' }))
      .thenFails('GROUP.TEXT_REQUIRED');
  });
});

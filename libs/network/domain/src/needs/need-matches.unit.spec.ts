import { given } from '@tn/shared-decider';
import type { NeedCommand, ProposeNeedMatchCommand } from './need.commands';
import { needDecider } from './need.decide';
import type { NeedEvent } from './need.events';
import { accept, accepted, act, cancelled, fulfil, matchFulfilled, proposeGroup, proposed, raised, registeredPartner } from './need.test-fixtures';

const agreementOfPartner = { status: 'found' as const, partnerId: 'partner-1', bindsUnit: true, validFrom: '2026-01-01', validTo: '2026-12-31' };
const proposePartner = (overrides: Partial<ProposeNeedMatchCommand> = {}): NeedCommand => ({
  type: 'ProposeNeedMatch',
  needId: 'need-1',
  matchId: 'm-p',
  offerer: { kind: 'partner', id: 'partner-1' },
  agreementId: 'agr-1',
  quantity: 4,
  offererRecord: registeredPartner,
  agreement: agreementOfPartner,
  ...act,
  ...overrides,
});
const decline = (matchId: string, reason = 'Nhóm ở quá xa'): NeedCommand => ({ type: 'DeclineNeedMatch', needId: 'need-1', matchId, reason, ...act });
const declined = (matchId: string): NeedEvent => ({
  type: 'NeedMatchDeclined',
  data: { needId: 'need-1', matchId, reason: 'Nhóm ở quá xa', declinedBy: 'acc-manager', declinedOn: '2026-07-01' },
});
const release = (matchId: string): NeedCommand => ({
  type: 'ReleaseNeedMatch',
  needId: 'need-1',
  matchId,
  reason: 'group-double-booked',
  today: '2026-07-01',
  actorId: 'network-bookings',
});
const released = (matchId: string): NeedEvent => ({
  type: 'NeedMatchReleased',
  data: { needId: 'need-1', matchId, reason: 'group-double-booked', releasedBy: 'network-bookings', releasedOn: '2026-07-01' },
});
const cancel: NeedCommand = { type: 'CancelNeed', needId: 'need-1', reason: 'Lũ đã rút', ...act };
const needFulfilled: NeedEvent = { type: 'NeedFulfilled', data: { needId: 'need-1', fulfilledOn: '2026-08-13' } };
const booking = (matchId: string, from: string, to: string, released = false, needId = 'need-other') => ({ matchId, needId, from, to, released });

/** Group g-1 offers 6 people, accepted. */
const acceptedSix = [raised, proposed('m-1', 'group', 'g-1', 6), accepted('m-1', 6)];

describe('proposing a match', () => {
  it('records a verified group’s offer, by the actor, today', () => {
    given(needDecider, [raised])
      .when(proposeGroup('m-1', 'g-1', 6, { note: ' Có xe tải ' }))
      .then([proposed('m-1', 'group', 'g-1', 6, { note: 'Có xe tải' })]);
  });

  it('records a registered partner’s offer under its agreement in force over the need’s dates', () => {
    given(needDecider, [raised])
      .when(proposePartner())
      .then([proposed('m-p', 'partner', 'partner-1', 4, { agreementId: 'agr-1' })]);
    given(needDecider, [raised])
      .when(proposePartner({ agreementId: undefined, agreement: undefined }))
      .then([proposed('m-p', 'partner', 'partner-1', 4)]);
  });

  it('refuses an unknown need, and a closed one', () => {
    given(needDecider)
      .when(proposeGroup('m-1', 'g-1', 6))
      .thenFails('NEED.NOT_FOUND');
    given(needDecider, [raised, cancelled])
      .when(proposeGroup('m-1', 'g-1', 6))
      .thenFails('NEED.ALREADY_CANCELLED');
    given(needDecider, [
      ...acceptedSix,
      proposed('m-2', 'group', 'g-2', 4),
      accepted('m-2', 4),
      matchFulfilled('m-1', 6),
      matchFulfilled('m-2', 4),
      needFulfilled,
    ])
      .when(proposeGroup('m-3', 'g-3', 1))
      .thenFails('NEED.ALREADY_FULFILLED');
  });

  it('refuses a match id used on the need already', () => {
    given(needDecider, [raised, proposed('m-1', 'group', 'g-1', 6)])
      .when(proposeGroup('m-1', 'g-2', 2))
      .thenFails('NEED.MATCH_EXISTS');
  });

  it('refuses an offerer of no kind, and a quantity not above 0 or not whole for people', () => {
    given(needDecider, [raised])
      .when(proposeGroup('m-1', 'g-1', 6, { offerer: { kind: 'person' as never, id: 'p-1' } }))
      .thenFails('NEED.OFFERER_KIND_UNKNOWN');
    given(needDecider, [raised])
      .when(proposeGroup('m-1', 'g-1', 0))
      .thenFails('NEED.QUANTITY_INVALID');
    given(needDecider, [raised])
      .when(proposeGroup('m-1', 'g-1', 1.5))
      .thenFails('NEED.QUANTITY_INVALID');
  });

  it('takes only a verified group, and answers any other exactly as an unknown one (nothing of its standing)', () => {
    for (const status of ['none', 'pending-verification', 'declined', 'dissolved']) {
      const refusal = given(needDecider, [raised])
        .when(proposeGroup('m-1', 'g-1', 6, { offererRecord: { status } }))
        .thenFails('NEED.OFFERER_NOT_FOUND');
      expect(refusal.details).toEqual({ offererKind: 'group', offererId: 'g-1' });
    }
  });

  it('takes only a registered partner', () => {
    given(needDecider, [raised])
      .when(proposePartner({ offererRecord: { status: 'none' } }))
      .thenFails('NEED.OFFERER_NOT_FOUND');
  });

  it('takes an agreement only of this partner, in force on every day of the need', () => {
    given(needDecider, [raised])
      .when(proposeGroup('m-1', 'g-1', 6, { agreementId: 'agr-1', agreement: agreementOfPartner }))
      .thenFails('NEED.AGREEMENT_FOR_PARTNERS_ONLY');
    given(needDecider, [raised])
      .when(proposePartner({ agreement: { status: 'none' } }))
      .thenFails('NEED.AGREEMENT_NOT_FOUND');
    given(needDecider, [raised])
      .when(proposePartner({ agreement: { ...agreementOfPartner, partnerId: 'partner-2' } }))
      .thenFails('NEED.AGREEMENT_OTHER_PARTNER');
    given(needDecider, [raised])
      .when(proposePartner({ agreement: { ...agreementOfPartner, validTo: '2026-08-11' } }))
      .thenFails('NEED.AGREEMENT_NOT_IN_FORCE');
    given(needDecider, [raised])
      .when(proposePartner({ agreement: { ...agreementOfPartner, termination: { on: '2026-08-12' } } }))
      .thenFails('NEED.AGREEMENT_NOT_IN_FORCE');
    given(needDecider, [raised])
      .when(proposePartner({ agreement: { ...agreementOfPartner, validTo: '2026-08-12' } }))
      .then([proposed('m-p', 'partner', 'partner-1', 4, { agreementId: 'agr-1' })]);
  });

  it('answers an agreement not binding the need’s unit as an unknown one, whatever else is wrong with it', () => {
    const foreign = { ...agreementOfPartner, bindsUnit: false };
    for (const agreement of [foreign, { ...foreign, partnerId: 'partner-2' }, { ...foreign, validTo: '2026-08-11' }]) {
      const refusal = given(needDecider, [raised]).when(proposePartner({ agreement })).thenFails('NEED.AGREEMENT_NOT_FOUND');
      expect(refusal.details).toEqual({ agreementId: 'agr-1' });
    }
  });

  it('says nothing of the dates when the agreement is not in force over the need', () => {
    const refusal = given(needDecider, [raised])
      .when(proposePartner({ agreement: { ...agreementOfPartner, validTo: '2026-08-11' } }))
      .thenFails('NEED.AGREEMENT_NOT_IN_FORCE');
    expect(refusal.details).toEqual({ agreementId: 'agr-1' });
  });

  it('takes one live offer per offerer, and a new one once the last was declined', () => {
    given(needDecider, [raised, proposed('m-1', 'group', 'g-1', 6)])
      .when(proposeGroup('m-2', 'g-1', 2))
      .thenFails('NEED.OFFERER_ALREADY_MATCHED');
    given(needDecider, acceptedSix)
      .when(proposeGroup('m-2', 'g-1', 2))
      .thenFails('NEED.OFFERER_ALREADY_MATCHED');
    given(needDecider, [raised, proposed('m-1', 'group', 'g-1', 6), declined('m-1')])
      .when(proposeGroup('m-2', 'g-1', 2))
      .then([proposed('m-2', 'group', 'g-1', 2)]);
  });

  it('takes offers beyond what is outstanding: only accepting commits', () => {
    given(needDecider, acceptedSix)
      .when(proposeGroup('m-2', 'g-2', 8))
      .then([proposed('m-2', 'group', 'g-2', 8)]);
  });
});

describe('accepting a match', () => {
  it('commits a proposed match', () => {
    given(needDecider, [raised, proposed('m-1', 'group', 'g-1', 6)])
      .when(accept('m-1'))
      .then([accepted('m-1', 6)]);
  });

  it('commits up to exactly what the need asks for', () => {
    given(needDecider, [...acceptedSix, proposed('m-2', 'group', 'g-2', 4)])
      .when(accept('m-2'))
      .then([accepted('m-2', 4)]);
  });

  it('refuses to commit more than the need asks for', () => {
    const error = given(needDecider, [...acceptedSix, proposed('m-2', 'group', 'g-2', 5)])
      .when(accept('m-2'))
      .thenFails('NEED.OVER_COMMITTED');
    expect(error.details).toEqual({ requested: 10, committed: 6, quantity: 5 });
  });

  it('does not count declined or released matches as committed', () => {
    given(needDecider, [...acceptedSix, released('m-1'), proposed('m-2', 'group', 'g-2', 10)])
      .when(accept('m-2'))
      .then([accepted('m-2', 10)]);
  });

  it('counts a fulfilled match at what it delivered', () => {
    given(needDecider, [...acceptedSix, matchFulfilled('m-1', 4), proposed('m-2', 'group', 'g-2', 6)])
      .when(accept('m-2'))
      .then([accepted('m-2', 6)]);
  });

  it('refuses a group booked by another match on one of the need’s days', () => {
    const error = given(needDecider, [raised, proposed('m-1', 'group', 'g-1', 6)])
      .when(accept('m-1', { groupBookings: [booking('m-9', '2026-08-12', '2026-08-15')] }))
      .thenFails('NEED.GROUP_ALREADY_BOOKED');
    // The dates only: the other need is not the caller's to know of.
    expect(error.details).toEqual({ groupId: 'g-1', bookedFrom: '2026-08-12', bookedTo: '2026-08-15' });
  });

  it('ignores released bookings, bookings on other days, and the match’s own booking', () => {
    given(needDecider, [raised, proposed('m-1', 'group', 'g-1', 6)])
      .when(
        accept('m-1', {
          groupBookings: [
            booking('m-8', '2026-08-10', '2026-08-12', true),
            booking('m-9', '2026-08-13', '2026-08-20'),
            booking('m-1', '2026-08-10', '2026-08-12', false, 'need-1'),
          ],
        }),
      )
      .then([accepted('m-1', 6)]);
  });

  it('refuses a group booked by another need’s match that bears the same match id', () => {
    given(needDecider, [raised, proposed('m-1', 'group', 'g-1', 6)])
      .when(accept('m-1', { groupBookings: [booking('m-1', '2026-08-10', '2026-08-12')] }))
      .thenFails('NEED.GROUP_ALREADY_BOOKED');
  });

  it('refuses a group dissolved since it offered, and one no longer found, before booking anything', () => {
    given(needDecider, [raised, proposed('m-1', 'group', 'g-1', 6)])
      .when(accept('m-1', { groupRecord: { status: 'dissolved' } }))
      .thenFails('NEED.GROUP_DISSOLVED');
    given(needDecider, [raised, proposed('m-1', 'group', 'g-1', 6)])
      .when(accept('m-1', { groupRecord: { status: 'none' } }))
      .thenFails('NEED.OFFERER_NOT_FOUND');
    given(needDecider, [raised, proposed('m-1', 'group', 'g-1', 6)])
      .when(accept('m-1', { groupRecord: undefined }))
      .thenFails('NEED.OFFERER_NOT_FOUND');
  });

  it('does not look at bookings for a partner’s offer', () => {
    given(needDecider, [raised, proposed('m-p', 'partner', 'partner-1', 4)])
      .when(accept('m-p', { groupBookings: [booking('m-9', '2026-08-10', '2026-08-12')] }))
      .then([accepted('m-p', 4)]);
  });

  it('decides in order: only a proposed match', () => {
    given(needDecider, acceptedSix).when(accept('m-1')).thenFails('NEED.MATCH_NOT_PROPOSED');
    given(needDecider, [raised, proposed('m-1', 'group', 'g-1', 6), declined('m-1')])
      .when(accept('m-1'))
      .thenFails('NEED.MATCH_NOT_PROPOSED');
    given(needDecider, [raised]).when(accept('m-1')).thenFails('NEED.MATCH_NOT_FOUND');
  });

  it('decides nothing on a cancelled need', () => {
    given(needDecider, [raised, proposed('m-1', 'group', 'g-1', 6), cancelled])
      .when(accept('m-1'))
      .thenFails('NEED.ALREADY_CANCELLED');
  });
});

describe('declining a match', () => {
  it('declines a proposed match with a reason', () => {
    given(needDecider, [raised, proposed('m-1', 'group', 'g-1', 6)])
      .when(decline('m-1'))
      .then([declined('m-1')]);
  });

  it('asks for a reason', () => {
    given(needDecider, [raised, proposed('m-1', 'group', 'g-1', 6)])
      .when(decline('m-1', ' '))
      .thenFails('NEED.TEXT_REQUIRED');
  });

  it('decides in order: not an accepted or declined match', () => {
    given(needDecider, acceptedSix).when(decline('m-1')).thenFails('NEED.MATCH_NOT_PROPOSED');
    given(needDecider, [raised, proposed('m-1', 'group', 'g-1', 6), declined('m-1')])
      .when(decline('m-1'))
      .thenFails('NEED.MATCH_NOT_PROPOSED');
  });
});

describe('recording what a match delivered', () => {
  it('closes the match with what it delivered', () => {
    given(needDecider, acceptedSix)
      .when(fulfil('m-1', 5))
      .then([matchFulfilled('m-1', 5)]);
  });

  it('fulfils the need with the delivery that brings the total to what was asked', () => {
    given(needDecider, [...acceptedSix, proposed('m-2', 'partner', 'partner-1', 4), accepted('m-2', 4), matchFulfilled('m-2', 4)])
      .when(fulfil('m-1', 6))
      .then([matchFulfilled('m-1', 6), needFulfilled]);
  });

  it('delivers no more than the match offered, and something', () => {
    const error = given(needDecider, acceptedSix).when(fulfil('m-1', 7)).thenFails('NEED.DELIVERED_EXCEEDS_MATCH');
    expect(error.details).toEqual({ deliveredQuantity: 7, quantity: 6 });
    given(needDecider, acceptedSix).when(fulfil('m-1', 0)).thenFails('NEED.QUANTITY_INVALID');
  });

  it('decides in order: only an accepted match, once', () => {
    given(needDecider, [raised, proposed('m-1', 'group', 'g-1', 6)])
      .when(fulfil('m-1', 6))
      .thenFails('NEED.MATCH_NOT_ACCEPTED');
    given(needDecider, [...acceptedSix, matchFulfilled('m-1', 5)])
      .when(fulfil('m-1', 1))
      .thenFails('NEED.MATCH_NOT_ACCEPTED');
    given(needDecider, [...acceptedSix, released('m-1')])
      .when(fulfil('m-1', 6))
      .thenFails('NEED.MATCH_NOT_ACCEPTED');
  });

  it('decides nothing on a fulfilled need', () => {
    const history = [raised, proposed('m-1', 'group', 'g-1', 10), accepted('m-1', 10), matchFulfilled('m-1', 10), needFulfilled];
    given(needDecider, history).when(decline('m-1')).thenFails('NEED.ALREADY_FULFILLED');
  });
});

describe('cancelling a need', () => {
  it('cancels an open need with a reason', () => {
    given(needDecider, acceptedSix).when(cancel).then([cancelled]);
  });

  it('records nothing when cancelled again', () => {
    given(needDecider, [raised, cancelled]).when(cancel).then([]);
  });

  it('refuses an unknown need, a fulfilled one, and no reason', () => {
    given(needDecider).when(cancel).thenFails('NEED.NOT_FOUND');
    given(needDecider, [raised, proposed('m-1', 'group', 'g-1', 10), accepted('m-1', 10), matchFulfilled('m-1', 10), needFulfilled])
      .when(cancel)
      .thenFails('NEED.ALREADY_FULFILLED');
    given(needDecider, [raised])
      .when({ ...cancel, reason: '' } as NeedCommand)
      .thenFails('NEED.TEXT_REQUIRED');
  });
});

describe('releasing a match (the service’s)', () => {
  it('releases an accepted match whose group was booked meanwhile', () => {
    given(needDecider, acceptedSix)
      .when(release('m-1'))
      .then([released('m-1')]);
  });

  it('records nothing when released again', () => {
    given(needDecider, [...acceptedSix, released('m-1')])
      .when(release('m-1'))
      .then([]);
  });

  it('releases an accepted match whose group could not be booked for another reason (dissolved meanwhile)', () => {
    given(needDecider, acceptedSix)
      .when({ ...release('m-1'), reason: 'group-unavailable' } as NeedCommand)
      .then([{ type: 'NeedMatchReleased', data: { ...released('m-1').data, reason: 'group-unavailable' } } as NeedEvent]);
  });

  it('releases only an accepted match, for a known reason', () => {
    given(needDecider, [raised, proposed('m-1', 'group', 'g-1', 6)])
      .when(release('m-1'))
      .thenFails('NEED.MATCH_NOT_ACCEPTED');
    given(needDecider, acceptedSix)
      .when({ ...release('m-1'), reason: 'whim' } as NeedCommand)
      .thenFails('NEED.RELEASE_REASON_UNKNOWN');
  });

  it('frees the committed quantity for another match', () => {
    given(needDecider, [...acceptedSix, released('m-1'), proposed('m-2', 'group', 'g-2', 10)])
      .when(accept('m-2'))
      .then([accepted('m-2', 10)]);
  });

  it('decides nothing on a cancelled need', () => {
    given(needDecider, [...acceptedSix, cancelled])
      .when(release('m-1'))
      .thenFails('NEED.ALREADY_CANCELLED');
  });
});

describe('the need’s state', () => {
  it('is owned by the raising unit and keeps its matches in order', () => {
    const state = [...acceptedSix, proposed('m-2', 'partner', 'partner-1', 4, { agreementId: 'agr-1' })].reduce(needDecider.evolve, needDecider.initialState());
    expect(state).toMatchObject({
      status: 'open',
      ownerUnitId: 'huyen-sa-pa',
      matches: [
        { matchId: 'm-1', status: 'accepted', quantity: 6, offerer: { kind: 'group', id: 'g-1' } },
        { matchId: 'm-2', status: 'proposed', agreementId: 'agr-1' },
      ],
    });
  });
});

import { needView } from './need-views';
import type { NeedDoc } from './need.read-model';

// Sa Pa's cancelled need for 10 people: a group committed 6, partner p-1 delivered 2, partner p-2 offers 4.
const need: NeedDoc = {
  needId: 'need-1',
  unitId: 'huyen-sa-pa',
  source: 'unit',
  kind: 'people',
  description: 'Dọn bùn',
  skills: [],
  fields: ['disaster-prevention-response'],
  quantity: 10,
  measure: 'người',
  placeUnitId: 'xa-ta-van',
  from: '2026-08-10',
  to: '2026-08-12',
  priority: 'urgent',
  status: 'cancelled',
  matches: [
    {
      matchId: 'm-1',
      offererKind: 'group',
      offererId: 'g-1',
      quantity: 6,
      status: 'accepted',
      proposedBy: 'acc-1',
      proposedOn: '2026-07-01',
      acceptedBy: 'acc-2',
    },
    {
      matchId: 'm-2',
      offererKind: 'partner',
      offererId: 'p-1',
      quantity: 3,
      status: 'fulfilled',
      proposedBy: 'acc-1',
      proposedOn: '2026-07-01',
      acceptedBy: 'acc-2',
      deliveredQuantity: 2,
      fulfilledBy: 'acc-3',
    },
    { matchId: 'm-3', offererKind: 'partner', offererId: 'p-2', quantity: 4, status: 'proposed', proposedBy: 'acc-1', proposedOn: '2026-07-01' },
  ],
  quantities: { requested: 10, proposed: 4, committed: 8, delivered: 2, outstanding: 2 },
  raisedBy: 'acc-1',
  raisedOn: '2026-07-01',
  cancelledBy: 'acc-4',
  cancelledOn: '2026-07-05',
  cancelReason: 'Lũ đã rút',
};

describe('a need as its reader sees it', () => {
  it('given a reader of the unit, then every match, the need’s quantities and who acted', () => {
    const view = needView(need);
    expect(view.matches.map((match) => match.matchId)).toEqual(['m-1', 'm-2', 'm-3']);
    expect(view.quantities).toEqual(need.quantities);
    expect([view.raisedBy, view.cancelledBy]).toEqual(['acc-1', 'acc-4']);
    expect(view.matches[1]).toMatchObject({ proposedBy: 'acc-1', acceptedBy: 'acc-2', fulfilledBy: 'acc-3' });
  });

  it('given a partner’s account, then its own matches, quantities counted from them alone, and no account id of the union’s', () => {
    const view = needView(need, 'p-1');
    expect(view.matches.map((match) => match.matchId)).toEqual(['m-2']);
    // Nothing of the group's 6 committed nor of p-2's 4 proposed.
    expect(view.quantities).toEqual({ requested: 10, proposed: 0, committed: 2, delivered: 2, outstanding: 8 });
    expect([view.raisedBy, view.cancelledBy]).toEqual([null, null]);
    expect(view.matches[0]).toMatchObject({ proposedBy: null, acceptedBy: null, declinedBy: null, fulfilledBy: null, deliveredQuantity: 2 });
    expect(view).toMatchObject({ cancelledOn: '2026-07-05', cancelReason: 'Lũ đã rút' });
  });
});

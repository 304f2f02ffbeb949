import type { NeedRaised } from '@tn/network-contracts';
import type { NeedCommand, ProposeNeedMatchCommand, RaiseNeedCommand } from './need.commands';
import type { NeedEvent } from './need.events';

/** A need for 10 volunteers in Tả Van from 10 to 12 August, raised by the Sa Pa district union. */
export const act = { today: '2026-07-01', actorId: 'acc-manager' };

export const raise: RaiseNeedCommand = {
  type: 'RaiseNeed',
  needId: 'need-1',
  unitId: 'huyen-sa-pa',
  source: 'unit',
  kind: 'people',
  description: 'Dọn bùn sau lũ',
  skills: ['Sơ cứu'],
  fields: ['disaster-prevention-response'],
  quantity: 10,
  measure: 'người',
  placeUnitId: 'xa-ta-van',
  from: '2026-08-10',
  to: '2026-08-12',
  priority: 'urgent',
  place: { known: true, withinUnit: true },
  ...act,
};

export const raisedData: NeedRaised = {
  needId: 'need-1',
  unitId: 'huyen-sa-pa',
  source: 'unit',
  kind: 'people',
  description: 'Dọn bùn sau lũ',
  skills: ['Sơ cứu'],
  fields: ['disaster-prevention-response'],
  quantity: 10,
  measure: 'người',
  placeUnitId: 'xa-ta-van',
  from: '2026-08-10',
  to: '2026-08-12',
  priority: 'urgent',
  raisedBy: 'acc-manager',
  raisedOn: '2026-07-01',
};
export const raised: NeedEvent = { type: 'NeedRaised', data: raisedData };

export const verifiedGroup = { status: 'verified' };
export const registeredPartner = { status: 'registered' };

export const proposeGroup = (matchId: string, groupId: string, quantity: number, overrides: Partial<ProposeNeedMatchCommand> = {}): NeedCommand => ({
  type: 'ProposeNeedMatch',
  needId: 'need-1',
  matchId,
  offerer: { kind: 'group', id: groupId },
  quantity,
  offererRecord: verifiedGroup,
  ...act,
  ...overrides,
});

export const proposed = (
  matchId: string,
  kind: 'group' | 'partner',
  id: string,
  quantity: number,
  more: { agreementId?: string; note?: string } = {},
): NeedEvent => ({
  type: 'NeedMatchProposed',
  data: { needId: 'need-1', matchId, ...more, quantity, offerer: { kind, id }, proposedBy: 'acc-manager', proposedOn: '2026-07-01' },
});

export const accept = (matchId: string, more: Partial<NeedCommand> = {}): NeedCommand =>
  ({ type: 'AcceptNeedMatch', needId: 'need-1', matchId, groupBookings: [], groupRecord: verifiedGroup, ...act, ...more }) as NeedCommand;

export const accepted = (matchId: string, quantity: number): NeedEvent => ({
  type: 'NeedMatchAccepted',
  data: { needId: 'need-1', matchId, quantity, acceptedBy: 'acc-manager', acceptedOn: '2026-07-01' },
});

export const fulfil = (matchId: string, deliveredQuantity: number): NeedCommand => ({
  type: 'RecordNeedMatchFulfilled',
  needId: 'need-1',
  matchId,
  deliveredQuantity,
  ...act,
  today: '2026-08-13',
});

export const matchFulfilled = (matchId: string, deliveredQuantity: number): NeedEvent => ({
  type: 'NeedMatchFulfilled',
  data: { needId: 'need-1', matchId, deliveredQuantity, fulfilledBy: 'acc-manager', fulfilledOn: '2026-08-13' },
});

export const cancelled: NeedEvent = {
  type: 'NeedCancelled',
  data: { needId: 'need-1', reason: 'Lũ đã rút', cancelledBy: 'acc-manager', cancelledOn: '2026-07-01' },
};

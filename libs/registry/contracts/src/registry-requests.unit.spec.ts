import { isUnreadableEnvelope, type RevealedSlot } from './index';

describe('reveal reply slots', () => {
  it('tells the marker of an undecryptable event from a revealed envelope', () => {
    const unreadable: RevealedSlot = { __unreadable: true, eventId: 'e-1', reason: 'PD.UNREADABLE' };
    expect(isUnreadableEnvelope(unreadable)).toBe(true);
    const revealed = { eventId: 'e-2', type: 'VolunteerRegistered', data: { fullName: 'Hoa' } };
    expect(isUnreadableEnvelope(revealed)).toBe(false);
    expect(isUnreadableEnvelope({ __unreadable: 'yes' })).toBe(false);
    expect(isUnreadableEnvelope(null)).toBe(false);
    expect(isUnreadableEnvelope(undefined)).toBe(false);
  });
});

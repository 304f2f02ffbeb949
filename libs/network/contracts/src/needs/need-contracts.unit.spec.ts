import { checkMessage } from '@tn/shared-event-contracts';
import { NEED_ERROR_CODES, needCommandTypes, needEventTypes, needStreamId } from './index';

const definitionOf = (type: string) => {
  const definition = needCommandTypes.find((candidate) => candidate.type === type);
  if (!definition) throw new Error(`no contract for ${type}`);
  return definition;
};
const rightsOf = (type: string, payload: object) => definitionOf(type).rights(payload as never);

describe('need command rights', () => {
  it('asks the raising unit for a new need', () => {
    expect(rightsOf('RaiseNeed', { needId: 'n-1', unitId: 'u-1' })).toEqual({ permission: 'network:write', units: ['u-1'] });
  });

  it('asks the need’s unit for its decisions', () => {
    for (const type of ['AcceptNeedMatch', 'DeclineNeedMatch', 'RecordNeedMatchFulfilled', 'CancelNeed']) {
      expect(rightsOf(type, { needId: 'n-1' })).toEqual({ permission: 'network:write', units: [], record: { kind: 'need', id: 'n-1' } });
    }
  });

  it('asks the need’s unit and the offered group’s host, or a leader of the group; nobody else offers a partner', () => {
    expect(rightsOf('ProposeNeedMatch', { needId: 'n-1', offerer: { kind: 'group', id: 'g-1' } })).toEqual({
      permission: 'network:write',
      units: [],
      record: { kind: 'need', id: 'n-1' },
      records: [{ kind: 'group', id: 'g-1' }],
      leaderOfGroupId: 'g-1',
    });
    const partnerOffer = rightsOf('ProposeNeedMatch', { needId: 'n-1', offerer: { kind: 'partner', id: 'p-1' } });
    expect(partnerOffer).not.toHaveProperty('leaderOfGroupId');
    expect(partnerOffer).not.toHaveProperty('records');
  });

  it('keeps releasing a match to the service', () => {
    expect(rightsOf('ReleaseNeedMatch', { needId: 'n-1' })).toMatchObject({ systemOnly: true });
  });

  it('acts on the need’s stream', () => {
    expect(definitionOf('CancelNeed').streamId({ needId: 'n-1' } as never)).toBe('need-n-1');
    expect(needStreamId('n-1')).toBe('need-n-1');
  });
});

describe('need messages', () => {
  it('takes a group offer as a nested offerer', () => {
    const payload = { needId: 'n-1', matchId: 'm-1', offerer: { kind: 'group', id: 'g-1' }, quantity: 5 };
    expect(checkMessage(definitionOf('ProposeNeedMatch').payload, payload)).toEqual([]);
    expect(checkMessage(definitionOf('ProposeNeedMatch').payload, { ...payload, offerer: { kind: 'group' } }).map((p) => p.field)).toEqual(['offerer.id']);
  });

  it('refuses an event field of no vocabulary', () => {
    const released = needEventTypes.find((definition) => definition.type === 'NeedMatchReleased');
    if (!released) throw new Error('no NeedMatchReleased');
    const data = { needId: 'n-1', matchId: 'm-1', releasedBy: 'network-bookings', releasedOn: '2026-08-01' };
    expect(checkMessage(released.data, { ...data, reason: 'group-double-booked' })).toEqual([]);
    expect(checkMessage(released.data, { ...data, reason: 'bored' }).map((p) => p.field)).toEqual(['reason']);
  });

  it('names its codes in the area', () => {
    expect(NEED_ERROR_CODES.every((code) => code.startsWith('NEED.'))).toBe(true);
    expect(new Set(NEED_ERROR_CODES).size).toBe(NEED_ERROR_CODES.length);
  });
});

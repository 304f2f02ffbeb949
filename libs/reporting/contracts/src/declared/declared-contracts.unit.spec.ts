import { checkMessage } from '@tn/shared-event-contracts';
import { DECLARED_VALUE_ERROR_CODES, declaredValueCommandTypes, declaredValueEventTypes, declaredValueIdOf, declaredValueStreamId } from './index';

const [declare] = declaredValueCommandTypes;
const [declared] = declaredValueEventTypes;

describe('declared value messages', () => {
  it('declares on the stream of the unit, period and key, with write rights over the unit', () => {
    const payload = { unitId: 'xa-ta-van', period: 'M2026-05', key: 'activities-held', value: 4 };
    expect(declare.streamId(payload)).toBe('declared-value-xa-ta-van:M2026-05:activities-held');
    expect(declare.rights(payload)).toEqual({ permission: 'reporting:write', units: ['xa-ta-van'] });
  });

  it('reads back from the right: a unit id may hold a colon, a period or a key never does', () => {
    expect(declaredValueIdOf('a:b', 'Y2026', 'activities-held').split(':').slice(-2)).toEqual(['Y2026', 'activities-held']);
    expect(declaredValueStreamId('a:b', 'Q2026-1', 'activities-held')).toBe('declared-value-a:b:Q2026-1:activities-held');
  });

  it('checks only the shape of a command: any number, a note optional', () => {
    expect(checkMessage(declare.payload, { unitId: 'u', period: 'nope', key: 'k', value: -1.5 })).toEqual([]);
    expect(
      checkMessage(declare.payload, { unitId: 'u', period: 'Y2026', key: 'activities-held', value: '4', note: 3 }).map((problem) => problem.field),
    ).toEqual(['value', 'note']);
  });

  it('stores a whole number from 0 under a known key, with who and when', () => {
    const data = { unitId: 'u', period: 'Y2026', key: 'activities-held', value: 0, declaredBy: 'acc-1', declaredAt: '2026-06-10T02:00:00.000Z' };
    expect(checkMessage(declared.data, data)).toEqual([]);
    expect(checkMessage(declared.data, { ...data, key: 'volunteers', value: 1.5, declaredAt: '2026-06-10' }).map((problem) => problem.field)).toEqual([
      'key',
      'value',
      'declaredAt',
    ]);
  });

  it('lists each error code once', () => {
    expect(new Set(DECLARED_VALUE_ERROR_CODES).size).toBe(DECLARED_VALUE_ERROR_CODES.length);
    expect(DECLARED_VALUE_ERROR_CODES.filter((code) => !/^DECLARED\.[A-Z_]+$/.test(code))).toEqual([]);
  });
});

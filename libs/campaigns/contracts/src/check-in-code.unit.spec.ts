import { checkInCodeContentAt, checkInKeyFrom, checkInWindowOf, signCheckInCode, verifyCheckInCode, withinCheckInWindow } from './check-in-code';

const key = checkInKeyFrom(Buffer.from('a token secret of at least thirty-two bytes', 'utf8'));
const shift = { shiftId: 'shift-1', startsAt: '2027-07-01T07:00:00+07:00', endsAt: '2027-07-01T11:00:00+07:00' };

describe('shift check-in codes', () => {
  it('verifies a code made with the same key and gives its shift and window back', () => {
    const content = checkInWindowOf(shift);
    expect(content).toEqual({ shiftId: 'shift-1', validFrom: '2027-06-30T23:00:00.000Z', validUntil: '2027-07-01T05:00:00.000Z' });
    expect(verifyCheckInCode(signCheckInCode(content, key), key)).toEqual({ valid: true, content });
  });

  it('refuses a code with any character changed, a code made with another key, and malformed text', () => {
    const code = signCheckInCode(checkInWindowOf(shift), key);
    for (const index of [0, 10, code.indexOf('.') + 3, code.length - 2]) {
      const changed = code.slice(0, index) + (code[index] === 'A' ? 'B' : 'A') + code.slice(index + 1);
      expect(verifyCheckInCode(changed, key).valid).toBe(false);
    }
    expect(verifyCheckInCode(code, checkInKeyFrom(Buffer.from('another secret of at least thirty-two bytes')))).toEqual({ valid: false, reason: 'signature' });
    expect(verifyCheckInCode('not-a-code', key)).toEqual({ valid: false, reason: 'malformed' });
    expect(verifyCheckInCode(`${code}.extra`, key)).toEqual({ valid: false, reason: 'malformed' });
  });

  it('accepts a scan from an hour before the shift until an hour after it', () => {
    const content = checkInWindowOf(shift);
    expect(withinCheckInWindow(content, '2027-07-01T06:00:00+07:00')).toBe(true);
    expect(withinCheckInWindow(content, '2027-07-01T12:00:00+07:00')).toBe(true);
    expect(withinCheckInWindow(content, '2027-07-01T05:59:59+07:00')).toBe(false);
    expect(withinCheckInWindow(content, '2027-07-01T12:00:01+07:00')).toBe(false);
  });

  it('shows a code good for a quarter of an hour at a time, only while the shift’s window is open', () => {
    expect(checkInCodeContentAt(shift, new Date('2027-07-01T05:59:00+07:00'))).toBeUndefined();
    expect(checkInCodeContentAt(shift, new Date('2027-07-01T08:00:00+07:00'))).toEqual({
      shiftId: 'shift-1',
      validFrom: '2027-07-01T00:59:00.000Z',
      validUntil: '2027-07-01T01:15:00.000Z',
    });
    // Near the end it stops with the window.
    expect(checkInCodeContentAt(shift, new Date('2027-07-01T11:55:00+07:00'))).toEqual({
      shiftId: 'shift-1',
      validFrom: '2027-07-01T04:54:00.000Z',
      validUntil: '2027-07-01T05:00:00.000Z',
    });
    expect(checkInCodeContentAt(shift, new Date('2027-07-01T12:01:00+07:00'))).toBeUndefined();
  });
});

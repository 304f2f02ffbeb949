import dayjs from 'dayjs';
import { vietnamIso, vietnamTime, vnd } from './format';

describe("results' time and money formats", () => {
  it("shows an instant as Vietnam's local time, whatever its offset", () => {
    expect(vietnamTime('2026-07-11T07:05:00+07:00')).toBe('2026-07-11 07:05');
    expect(vietnamTime('2026-07-11T17:30:00Z')).toBe('2026-07-12 00:30');
    expect(vietnamTime('not a time')).toBe('not a time');
  });

  it('reads a picked date and time as Vietnam local time', () => {
    expect(vietnamIso(dayjs('2026-12-06T13:45:00'))).toBe('2026-12-06T13:45:00+07:00');
  });

  it('groups whole VND the Vietnamese way', () => {
    expect(vnd(2_500_000)).toBe('2.500.000');
  });
});

import { ErrorCatalog, GATEWAY_CATALOG } from './error-catalog';
import { type ContextMessages, GATEWAY_MESSAGES } from './gateway-messages';

// A small context: one platform-wide code (the gateway's) and two of its own.
type ClubErrorCode = 'FORBIDDEN' | 'CLUB.NOT_FOUND' | 'CLUB.FULL';

const CLUB_MESSAGES: ContextMessages<ClubErrorCode> = {
  'CLUB.NOT_FOUND': { vi: 'Không tìm thấy câu lạc bộ.', en: 'The club was not found.' },
  'CLUB.FULL': { vi: 'Câu lạc bộ đã đủ thành viên[ ({capacity} người)].', en: 'The club is full[ ({capacity} members)].' },
};

describe('ContextMessages', () => {
  it("does not compile when a code of the context's union has no message", () => {
    // @ts-expect-error CLUB.FULL has no message.
    const missing: ContextMessages<ClubErrorCode> = { 'CLUB.NOT_FOUND': CLUB_MESSAGES['CLUB.NOT_FOUND'] };
    expect(Object.keys(missing)).toEqual(['CLUB.NOT_FOUND']);
  });

  it('does not compile with a message for a code outside the union', () => {
    const extra: ContextMessages<ClubErrorCode> = {
      ...CLUB_MESSAGES,
      // @ts-expect-error CLUB.CLOSED is no code of the club context.
      'CLUB.CLOSED': { vi: 'Câu lạc bộ đã đóng.', en: 'The club is closed.' },
    };
    expect(Object.keys(extra)).toHaveLength(3);
  });

  it("leaves the gateway's codes to the gateway", () => {
    expect(Object.keys(CLUB_MESSAGES)).not.toContain('FORBIDDEN');
    expect(new ErrorCatalog(GATEWAY_MESSAGES, CLUB_MESSAGES).messageFor('FORBIDDEN', 'en')).toBe('You are not allowed to do this.');
  });
});

describe('ErrorCatalog', () => {
  const catalog = new ErrorCatalog(GATEWAY_MESSAGES, CLUB_MESSAGES);

  it('says the codes of every part it is composed of, in the language asked, with their details', () => {
    expect(catalog.messageFor('CLUB.FULL', 'vi', { capacity: 30 })).toBe('Câu lạc bộ đã đủ thành viên (30 người).');
    expect(catalog.messageFor('CLUB.FULL', 'en')).toBe('The club is full.');
    expect(catalog.messageFor('RATE_LIMITED', 'en', { retryAfterSeconds: 3 })).toBe('Too many requests. Please wait 3 seconds and try again.');
    expect(catalog.has('CLUB.NOT_FOUND')).toBe(true);
    expect(catalog.entries()).toHaveLength(Object.keys(GATEWAY_MESSAGES).length + 2);
  });

  it('refuses a code said twice in different words', () => {
    const other = { 'CLUB.FULL': { vi: 'Hết chỗ.', en: 'No room left.' } };
    expect(() => new ErrorCatalog(CLUB_MESSAGES, other)).toThrow('error code CLUB.FULL has two different messages');
  });

  it("accepts a code said twice in the same words (a slice saying another context's code)", () => {
    const again = { 'CLUB.FULL': { ...CLUB_MESSAGES['CLUB.FULL'] } };
    expect(new ErrorCatalog(CLUB_MESSAGES, again).messageFor('CLUB.FULL', 'en')).toBe('The club is full.');
  });

  it('falls back to a message of the error kind that names an unknown code', () => {
    expect(GATEWAY_CATALOG.messageFor('TRAINING.SEAT_TAKEN', 'vi', {}, 'illegal-state')).toBe(
      'Không thể thực hiện thao tác ở trạng thái hiện tại (mã lỗi: TRAINING.SEAT_TAKEN).',
    );
    expect(GATEWAY_CATALOG.messageFor('TRAINING.SEAT_TAKEN', 'en')).toBe('An error occurred (error code: TRAINING.SEAT_TAKEN).');
    expect(GATEWAY_CATALOG.templateOf('CLUB.NOT_FOUND', 'not-found').en).toBe('The requested item was not found (error code: {code}).');
  });

  it("holds the gateway's codes and no context's", () => {
    expect(GATEWAY_CATALOG.has('QUERY_TOO_DEEP')).toBe(true);
    expect(GATEWAY_CATALOG.has('SHIFT.FULL')).toBe(false);
    expect(GATEWAY_CATALOG.has('UNIT.CYCLE')).toBe(false);
  });
});

import type { CommandReply } from '@tn/shared-event-contracts';
import { GraphQLError } from 'graphql';
import { apiError, type CommandReplyError, fromCommandReplyError } from './api-error';
import { ERROR_CATALOG, messageFor, renderTemplate } from './error-catalog';

const REQUIRED_CODES = [
  'UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'RATE_LIMITED', 'QUERY_TOO_DEEP', 'QUERY_TOO_COMPLEX',
  'PAGE_SIZE_TOO_LARGE', 'CURSOR_INVALID', 'SEARCH_QUERY_INVALID', 'CONSISTENCY_TIMEOUT', 'SERVICE_UNAVAILABLE',
  'INTERNAL', 'NOT_FOUND', 'DATE.INVALID', 'COMMAND.FIELD_REQUIRED', 'COMMAND.FIELD_TYPE', 'COMMAND.UNKNOWN_TYPE',
  'COMMAND.FAILED', 'STREAM.CONCURRENCY_CONFLICT',
  // Everything the hierarchy decider throws, plus UNIT.EXISTS.
  'UNIT.NAME_REQUIRED', 'UNIT.CYCLE', 'UNIT.NOT_ACTIVE', 'UNIT.PARENT_NOT_ACTIVE', 'UNIT.SUCCESSOR_NOT_ACTIVE',
  'UNIT.EXISTS', 'UNIT.ALREADY_EXISTS', 'UNIT.NOT_FOUND', 'UNIT.ID_REQUIRED', 'UNIT.LEVEL_REQUIRED', 'UNIT.BAD_ORGANISATION',
  'UNIT.BAD_DATE', 'UNIT.OUT_OF_DATE_ORDER', 'UNIT.HAS_ACTIVE_CHILDREN', 'UNIT.MERGE_BAD_SOURCES',
  'UNIT.MERGE_NEEDS_SOURCES', 'UNIT.SPLIT_NEEDS_PARTS', 'UNIT.SPLIT_CHILD_UNASSIGNED',
  'CADRE.NAME_REQUIRED', 'CADRE.ALREADY_REGISTERED', 'CADRE.NOT_FOUND', 'CADRE.UNIT_NOT_ACTIVE', 'CADRE.POSITION_EXISTS',
  'CADRE.POSITION_NOT_FOUND', 'CADRE.POSITION_ENDED', 'CADRE.TERM_DATES', 'CADRE.TITLE_REQUIRED', 'CADRE.OUT_OF_ORDER',
  'VOLUNTEER.NOT_FOUND', 'VOLUNTEER.NAME_REQUIRED', 'VOLUNTEER.CONSENT_REQUIRED', 'VOLUNTEER.GUARDIAN_CONSENT_REQUIRED',
  'VOLUNTEER.BIRTH_DATE', 'VOLUNTEER.PHONE_INVALID', 'VOLUNTEER.EMAIL_INVALID', 'VOLUNTEER.UNIT_NOT_ACTIVE',
  'VOLUNTEER.CONSENT_NOT_GIVEN', 'ACCOUNT.USERNAME_TAKEN', 'ACCOUNT.USERNAME_INVALID', 'ACCOUNT.ROLE_UNKNOWN',
  'ACCOUNT.ROLE_SCOPE_REQUIRED', 'ACCOUNT.ROLE_NOT_HELD', 'ACCOUNT.PASSWORD_TOO_SHORT', 'ACCOUNT.CLOSED',
  'AUTH.INVALID_CREDENTIALS', 'AUTH.SESSION_ENDED', 'AUTH.SESSION_EXPIRED', 'AUTH.INVALID_REFRESH_TOKEN',
  'AUTH.TOKEN_INVALID', 'AUTH.TOKEN_EXPIRED',
];

describe('error catalogue', () => {
  it.each(REQUIRED_CODES)('has a Vietnamese and a different English message for %s', (code) => {
    const { vi, en } = ERROR_CATALOG[code] ?? { vi: '', en: '' };
    expect(vi).not.toBe('');
    expect(en).not.toBe('');
    expect(vi).not.toBe(en);
  });

  it('writes Vietnamese with its diacritics', () => {
    const unaccented = Object.entries(ERROR_CATALOG).filter(([, { vi }]) => !/[^\x20-\x7E]/.test(vi));
    expect(unaccented).toEqual([]);
  });

  it('reads cleanly when an error carries no details: no placeholder or bracket is left', () => {
    const leftovers = Object.keys(ERROR_CATALOG)
      .flatMap((code) => [messageFor(code, 'vi'), messageFor(code, 'en')])
      .filter((message) => /[{}[\]]|\s[.;:]/.test(message));
    expect(leftovers).toEqual([]);
  });

  it('fills optional segments only when all their values are there', () => {
    expect(renderTemplate('Thử lại[ sau {s} giây].', { s: 3 })).toBe('Thử lại sau 3 giây.');
    expect(renderTemplate('Thử lại[ sau {s} giây].', {})).toBe('Thử lại.');
    expect(renderTemplate('[{a} và {b}]', { a: 'x' })).toBe('');
  });

  it('never substitutes objects, nor reads a substituted value as a template', () => {
    expect(renderTemplate('giá trị: [{v}]', { v: { secret: 1 } })).toBe('giá trị: ');
    expect(renderTemplate('{a}', { a: '{b}', b: 'leak' })).toBe('{b}');
  });

  it('uses the exact Vietnamese wording for a hierarchy cycle', () => {
    expect(messageFor('UNIT.CYCLE', 'vi')).toBe('Không thể chuyển đơn vị vào chính đơn vị cấp dưới của nó (tạo vòng lặp).');
  });

  it('falls back to a message of the error kind that names an unknown code', () => {
    expect(messageFor('TRAINING.SEAT_TAKEN', 'vi', {}, 'illegal-state')).toBe(
      'Không thể thực hiện thao tác ở trạng thái hiện tại (mã lỗi: TRAINING.SEAT_TAKEN).',
    );
    expect(messageFor('TRAINING.SEAT_TAKEN', 'en')).toBe('An error occurred (error code: TRAINING.SEAT_TAKEN).');
  });
});

describe('apiError', () => {
  it('speaks the requested language while extensions.code stays the same', () => {
    const vi = apiError({ code: 'UNIT.NOT_ACTIVE', field: 'parentId', details: { date: '2025-07-01' } }, 'vi');
    const en = apiError({ code: 'UNIT.NOT_ACTIVE', field: 'parentId', details: { date: '2025-07-01' } }, 'en');
    expect(vi).toBeInstanceOf(GraphQLError);
    expect(vi.message).toBe('Đơn vị không hoạt động vào ngày 2025-07-01.');
    expect(en.message).toBe('The unit is not active on 2025-07-01.');
    expect(vi.extensions).toEqual(en.extensions);
    expect(vi.extensions).toEqual({ code: 'UNIT.NOT_ACTIVE', field: 'parentId' });
  });

  it('keeps details out of the extensions, and cannot let extra extensions replace the code', () => {
    const error = apiError({ code: 'RATE_LIMITED', kind: 'forbidden', details: { phone: '0912345678' }, extensions: { code: 'X', retryAfterMs: 5 } });
    expect(error.extensions).toEqual({ code: 'RATE_LIMITED', kind: 'forbidden', retryAfterMs: 5 });
    expect(JSON.stringify(error)).not.toContain('0912345678');
  });

  it('speaks Vietnamese unless told otherwise', () => {
    expect(apiError({ code: 'FORBIDDEN' }).message).toBe('Bạn không có quyền thực hiện thao tác này.');
  });
});

describe('fromCommandReplyError', () => {
  const reply: Extract<CommandReply, { ok: false }> = {
    ok: false,
    error: {
      kind: 'illegal-state',
      code: 'UNIT.PARENT_NOT_ACTIVE',
      message: 'parent hanoi is not active on 2025-07-01',
      details: { unitId: 'ta-van', date: '2025-07-01', field: 'parentId' },
    },
  };
  // The service contract and ours must stay assignable.
  const replyError: CommandReplyError = reply.error;

  it('keeps the code and kind, finds the field in the details, and localises the message', () => {
    const error = fromCommandReplyError(replyError, 'en');
    expect(error.extensions).toEqual({ code: 'UNIT.PARENT_NOT_ACTIVE', kind: 'illegal-state', field: 'parentId' });
    expect(error.message).toBe('The parent unit is not active on 2025-07-01.');
  });

  it("never passes the service's own message on", () => {
    const error = fromCommandReplyError({ kind: 'internal', code: 'COMMAND.FAILED', message: 'mongo down at 10.0.0.5' }, 'vi');
    expect(error.message).toBe('Chưa xử lý được yêu cầu; bạn có thể gửi lại yêu cầu này.');
    expect(error.message).not.toContain('10.0.0.5');
  });

  it('uses the generic message of the kind for a code the gateway does not know yet', () => {
    const error = fromCommandReplyError({ kind: 'not-found', code: 'CLUB.NOT_FOUND', message: 'club c1 not found' }, 'vi');
    expect(error.message).toBe('Không tìm thấy dữ liệu yêu cầu (mã lỗi: CLUB.NOT_FOUND).');
    expect(error.extensions['code']).toBe('CLUB.NOT_FOUND');
  });
});

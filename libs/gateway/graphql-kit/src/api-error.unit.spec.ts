import type { CommandReply } from '@tn/shared-event-contracts';
import { GraphQLError } from 'graphql';
import { apiError, type CommandReplyError, fromCommandReplyError } from './api-error';
import { ErrorCatalog } from './error-catalog';
import { GATEWAY_MESSAGES } from './gateway-messages';
import { renderTemplate } from './message-template';

// A context's part, as a slice gives it (the composed catalogue is tested in the gateway app).
const UNITS = {
  'UNIT.NOT_ACTIVE': { vi: 'Đơn vị không hoạt động[ vào ngày {date}].', en: 'The unit is not active[ on {date}].' },
  'UNIT.PARENT_NOT_ACTIVE': { vi: 'Đơn vị cấp trên không hoạt động[ vào ngày {date}].', en: 'The parent unit is not active[ on {date}].' },
};
const catalog = new ErrorCatalog(GATEWAY_MESSAGES, UNITS);

describe('renderTemplate', () => {
  it('fills optional segments only when all their values are there', () => {
    expect(renderTemplate('Thử lại[ sau {s} giây].', { s: 3 })).toBe('Thử lại sau 3 giây.');
    expect(renderTemplate('Thử lại[ sau {s} giây].', {})).toBe('Thử lại.');
    expect(renderTemplate('[{a} và {b}]', { a: 'x' })).toBe('');
  });

  it('never substitutes objects, nor reads a substituted value as a template', () => {
    expect(renderTemplate('giá trị: [{v}]', { v: { secret: 1 } })).toBe('giá trị: ');
    expect(renderTemplate('{a}', { a: '{b}', b: 'leak' })).toBe('{b}');
  });
});

describe('apiError', () => {
  it('speaks the requested language while extensions.code stays the same', () => {
    const vi = apiError({ code: 'RATE_LIMITED', field: 'username', details: { retryAfterSeconds: 7 } }, 'vi');
    const en = apiError({ code: 'RATE_LIMITED', field: 'username', details: { retryAfterSeconds: 7 } }, 'en');
    expect(vi).toBeInstanceOf(GraphQLError);
    expect(vi.message).toBe('Bạn gửi yêu cầu quá nhanh. Vui lòng thử lại sau 7 giây.');
    expect(en.message).toBe('Too many requests. Please wait 7 seconds and try again.');
    expect(vi.extensions).toEqual(en.extensions);
    expect(vi.extensions).toEqual({ code: 'RATE_LIMITED', field: 'username' });
  });

  it("says a context's code in full from the catalogue it is given, its own message being the gateway's", () => {
    const error = apiError({ code: 'UNIT.NOT_ACTIVE', kind: 'illegal-state', field: 'parentId', details: { date: '2025-07-01' } }, 'vi');
    expect(error.message).toBe('Không thể thực hiện thao tác ở trạng thái hiện tại (mã lỗi: UNIT.NOT_ACTIVE).');
    expect(error.messageIn('vi', catalog)).toBe('Đơn vị không hoạt động vào ngày 2025-07-01.');
    expect(error.messageIn('en', catalog)).toBe('The unit is not active on 2025-07-01.');
    expect(error.messageIn('en')).toBe('This cannot be done in the current state (error code: UNIT.NOT_ACTIVE).');
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
    expect(error.messageIn('en', catalog)).toBe('The parent unit is not active on 2025-07-01.');
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

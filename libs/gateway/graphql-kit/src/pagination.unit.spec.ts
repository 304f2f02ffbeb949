import { ApiError } from './api-error';
import { decodeCursor, encodeCursor, pageSize } from './pagination';

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof ApiError ? { code: error.code, field: error.field, message: error.message } : error;
  }
  return undefined;
};

describe('cursors', () => {
  it('round-trip the sort-key values, Vietnamese text included', () => {
    const values = ['Tỉnh đoàn Lào Cai', 42, 'unit-7'];
    const cursor = encodeCursor(values);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(values);
  });

  it.each([
    ['not base64url', 'abc$%'],
    ['not JSON', Buffer.from('{oops').toString('base64url')],
    ['a bare string', Buffer.from('"x"').toString('base64url')],
    ['an object', Buffer.from('{"a":1}').toString('base64url')],
    ['an empty array', Buffer.from('[]').toString('base64url')],
    ['nested values', Buffer.from('[[1]]').toString('base64url')],
    ['a non-canonical spelling', `${encodeCursor(['a'])}=`],
    ['too long', encodeCursor(['x'.repeat(2000)])],
    ['empty', ''],
  ])('refuses a cursor that is %s with CURSOR_INVALID on `after`', (_, cursor) => {
    expect(codeOf(() => decodeCursor(cursor))).toMatchObject({ code: 'CURSOR_INVALID', field: 'after' });
  });

  it('explains an invalid cursor in the requested language', () => {
    expect(codeOf(() => decodeCursor('!!', 'en'))).toMatchObject({ message: 'The pagination cursor is invalid.' });
  });
});

describe('pageSize', () => {
  const limits = { default: 20, max: 100 };

  it('uses the default when first is absent', () => {
    expect(pageSize(undefined, limits)).toBe(20);
    expect(pageSize(null, limits)).toBe(20);
  });

  it('accepts 1 to max', () => {
    expect(pageSize(1, limits)).toBe(1);
    expect(pageSize(100, limits)).toBe(100);
  });

  it('refuses more than max with PAGE_SIZE_TOO_LARGE naming the limit', () => {
    expect(codeOf(() => pageSize(101, limits, 'vi'))).toEqual({
      code: 'PAGE_SIZE_TOO_LARGE',
      field: 'first',
      message: 'Kích thước trang quá lớn; tối đa 100 bản ghi mỗi trang.',
    });
  });

  it('refuses zero and negative sizes as BAD_USER_INPUT', () => {
    expect(codeOf(() => pageSize(0, limits))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(codeOf(() => pageSize(-5, limits))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

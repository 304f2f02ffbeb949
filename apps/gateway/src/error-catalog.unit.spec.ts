import { CAMPAIGNS_ERROR_CODES } from '@tn/campaigns-contracts';
import { apiError, fromCommandReplyError } from '@tn/gateway-graphql-kit';
import { REGISTRY_ERROR_CODES } from '@tn/registry-contracts';
import { TRAINING_ERROR_CODES } from '@tn/training-contracts';
import { ERROR_CATALOG } from './error-catalog';

const REQUIRED_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'RATE_LIMITED',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
  'PAGE_SIZE_TOO_LARGE',
  'CURSOR_INVALID',
  'SEARCH_QUERY_INVALID',
  'CONSISTENCY_TIMEOUT',
  'SERVICE_UNAVAILABLE',
  'INTERNAL',
  'NOT_FOUND',
  'DATE.INVALID',
  'COMMAND.FIELD_REQUIRED',
  'COMMAND.FIELD_TYPE',
  'COMMAND.UNKNOWN_TYPE',
  'COMMAND.FAILED',
  'STREAM.CONCURRENCY_CONFLICT',
  // Everything the hierarchy decider throws, plus UNIT.EXISTS.
  'UNIT.NAME_REQUIRED',
  'UNIT.CYCLE',
  'UNIT.NOT_ACTIVE',
  'UNIT.PARENT_NOT_ACTIVE',
  'UNIT.SUCCESSOR_NOT_ACTIVE',
  'UNIT.EXISTS',
  'UNIT.ALREADY_EXISTS',
  'UNIT.NOT_FOUND',
  'UNIT.ID_REQUIRED',
  'UNIT.LEVEL_REQUIRED',
  'UNIT.BAD_ORGANISATION',
  'UNIT.BAD_DATE',
  'UNIT.OUT_OF_DATE_ORDER',
  'UNIT.HAS_ACTIVE_CHILDREN',
  'UNIT.MERGE_BAD_SOURCES',
  'UNIT.MERGE_NEEDS_SOURCES',
  'UNIT.SPLIT_NEEDS_PARTS',
  'UNIT.SPLIT_CHILD_UNASSIGNED',
  'CADRE.NAME_REQUIRED',
  'CADRE.ALREADY_REGISTERED',
  'CADRE.NOT_FOUND',
  'CADRE.UNIT_NOT_ACTIVE',
  'CADRE.POSITION_EXISTS',
  'CADRE.POSITION_NOT_FOUND',
  'CADRE.POSITION_ENDED',
  'CADRE.TERM_DATES',
  'CADRE.TITLE_REQUIRED',
  'CADRE.OUT_OF_ORDER',
  'VOLUNTEER.NOT_FOUND',
  'VOLUNTEER.NAME_REQUIRED',
  'VOLUNTEER.CONSENT_REQUIRED',
  'VOLUNTEER.GUARDIAN_CONSENT_REQUIRED',
  'VOLUNTEER.BIRTH_DATE',
  'VOLUNTEER.PHONE_INVALID',
  'VOLUNTEER.EMAIL_INVALID',
  'VOLUNTEER.UNIT_NOT_ACTIVE',
  'VOLUNTEER.CONSENT_NOT_GIVEN',
  'ACCOUNT.USERNAME_TAKEN',
  'ACCOUNT.USERNAME_INVALID',
  'ACCOUNT.ROLE_UNKNOWN',
  'ACCOUNT.ROLE_SCOPE_REQUIRED',
  'ACCOUNT.ROLE_NOT_HELD',
  'ACCOUNT.PASSWORD_TOO_SHORT',
  'ACCOUNT.CLOSED',
  'AUTH.INVALID_CREDENTIALS',
  'AUTH.SESSION_ENDED',
  'AUTH.SESSION_EXPIRED',
  'AUTH.INVALID_REFRESH_TOKEN',
  'AUTH.TOKEN_INVALID',
  'AUTH.TOKEN_EXPIRED',
];

describe('the composed error catalogue', () => {
  it.each(REQUIRED_CODES)('has a Vietnamese and a different English message for %s', (code) => {
    const { vi, en } = ERROR_CATALOG.has(code) ? ERROR_CATALOG.templateOf(code) : { vi: '', en: '' };
    expect(vi).not.toBe('');
    expect(en).not.toBe('');
    expect(vi).not.toBe(en);
  });

  it("has a message for every code of each context's union", () => {
    const missing = [...REGISTRY_ERROR_CODES, ...CAMPAIGNS_ERROR_CODES, ...TRAINING_ERROR_CODES].filter((code) => !ERROR_CATALOG.has(code));
    expect(missing).toEqual([]);
  });

  it('writes Vietnamese with its diacritics', () => {
    const unaccented = ERROR_CATALOG.entries().filter(([, { vi }]) => !/[^\x20-\x7E]/.test(vi));
    expect(unaccented).toEqual([]);
  });

  it('reads cleanly when an error carries no details: no placeholder or bracket is left', () => {
    const leftovers = ERROR_CATALOG.entries()
      .flatMap(([code]) => [ERROR_CATALOG.messageFor(code, 'vi'), ERROR_CATALOG.messageFor(code, 'en')])
      .filter((message) => /[{}[\]]|\s[.;:]/.test(message));
    expect(leftovers).toEqual([]);
  });

  it('uses the exact Vietnamese wording for a hierarchy cycle', () => {
    expect(ERROR_CATALOG.messageFor('UNIT.CYCLE', 'vi')).toBe('Không thể chuyển đơn vị vào chính đơn vị cấp dưới của nó (tạo vòng lặp).');
  });

  it("says a context's error in the requested language while extensions.code stays the same", () => {
    const vi = apiError({ code: 'UNIT.NOT_ACTIVE', field: 'parentId', details: { date: '2025-07-01' } }, 'vi');
    const en = apiError({ code: 'UNIT.NOT_ACTIVE', field: 'parentId', details: { date: '2025-07-01' } }, 'en');
    expect(vi.messageIn('vi', ERROR_CATALOG)).toBe('Đơn vị không hoạt động vào ngày 2025-07-01.');
    expect(en.messageIn('en', ERROR_CATALOG)).toBe('The unit is not active on 2025-07-01.');
    expect(vi.extensions).toEqual(en.extensions);
    expect(vi.extensions).toEqual({ code: 'UNIT.NOT_ACTIVE', field: 'parentId' });
  });

  it("says a service's refusal with the field from its details", () => {
    const error = fromCommandReplyError(
      {
        kind: 'illegal-state',
        code: 'UNIT.PARENT_NOT_ACTIVE',
        message: 'parent hanoi is not active on 2025-07-01',
        details: { unitId: 'ta-van', date: '2025-07-01', field: 'parentId' },
      },
      'en',
    );
    expect(error.messageIn('en', ERROR_CATALOG)).toBe('The parent unit is not active on 2025-07-01.');
  });
});

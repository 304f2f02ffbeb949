import type { Language } from './language';

/**
 * Message templates by stable error code. `{name}` is filled from the error's field and
 * details; a `[...]` segment is kept only when every placeholder inside it has a value, so a
 * message reads well with or without details. Details never reach the client otherwise.
 */
export type MessageTemplate = Readonly<Record<Language, string>>;

export type ErrorKind = 'validation' | 'illegal-state' | 'not-found' | 'forbidden' | 'concurrency' | 'internal';

const INVALID_DATE: MessageTemplate = {
  vi: 'Ngày không hợp lệ[ ở trường {field}]; hãy dùng định dạng YYYY-MM-DD.',
  en: 'Invalid date[ in {field}]; use the YYYY-MM-DD format.',
};
const UNIT_EXISTS: MessageTemplate = { vi: 'Mã đơn vị này đã tồn tại.', en: 'A unit with this id already exists.' };
const ACCOUNT_CLOSED: MessageTemplate = { vi: 'Tài khoản đã bị đóng.', en: 'The account is closed.' };

const GATEWAY: Record<string, MessageTemplate> = {
  UNAUTHENTICATED: { vi: 'Bạn cần đăng nhập để thực hiện thao tác này.', en: 'You must sign in to do this.' },
  FORBIDDEN: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  BAD_USER_INPUT: { vi: 'Dữ liệu nhập không hợp lệ[ ở trường {field}].', en: 'Invalid input[ in {field}].' },
  RATE_LIMITED: {
    vi: 'Bạn gửi yêu cầu quá nhanh. Vui lòng thử lại sau[ {retryAfterSeconds} giây].',
    en: 'Too many requests. Please wait[ {retryAfterSeconds} seconds] and try again.',
  },
  QUERY_TOO_DEEP: {
    vi: 'Truy vấn lồng quá sâu[ (tối đa {max} cấp, truy vấn này có {actual} cấp)].',
    en: 'The query is nested too deeply[ (at most {max} levels, this one has {actual})].',
  },
  QUERY_TOO_COMPLEX: {
    vi: 'Truy vấn quá phức tạp[ (chi phí tối đa {max}, truy vấn này có chi phí {actual})]. Hãy bớt trường dữ liệu hoặc giảm kích thước trang.',
    en: 'The query is too complex[ (cost at most {max}, this one costs {actual})]. Ask for fewer fields or smaller pages.',
  },
  PAGE_SIZE_TOO_LARGE: {
    vi: 'Kích thước trang quá lớn[; tối đa {max} bản ghi mỗi trang].',
    en: 'The page size is too large[; at most {max} items per page].',
  },
  CURSOR_INVALID: { vi: 'Con trỏ phân trang không hợp lệ.', en: 'The pagination cursor is invalid.' },
  SEARCH_QUERY_INVALID: {
    vi: 'Từ khoá tìm kiếm không hợp lệ[; cần từ {min} đến {max} ký tự].',
    en: 'Invalid search term[; use {min} to {max} characters].',
  },
  CONSISTENCY_TIMEOUT: {
    vi: 'Thay đổi đã được ghi nhận nhưng dữ liệu hiển thị chưa kịp cập nhật. Vui lòng tải lại sau giây lát.',
    en: 'The change was saved but is not visible yet. Please reload in a moment.',
  },
  SERVICE_UNAVAILABLE: {
    vi: 'Dịch vụ tạm thời không khả dụng. Vui lòng thử lại sau.',
    en: 'The service is temporarily unavailable. Please try again later.',
  },
  INTERNAL: { vi: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau.', en: 'Something went wrong on our side. Please try again later.' },
  NOT_FOUND: { vi: 'Không tìm thấy dữ liệu yêu cầu.', en: 'The requested item was not found.' },
  'DATE.INVALID': INVALID_DATE,
  'COMMAND.FIELD_REQUIRED': { vi: 'Thiếu thông tin bắt buộc[: {field}].', en: 'A required field is missing[: {field}].' },
  'COMMAND.FIELD_TYPE': { vi: 'Kiểu dữ liệu không đúng[ ở trường {field}].', en: 'Wrong type of value[ in {field}].' },
  'COMMAND.UNKNOWN_TYPE': { vi: 'Loại lệnh này không được hỗ trợ.', en: 'This command type is not supported.' },
  'COMMAND.FAILED': {
    vi: 'Chưa xử lý được yêu cầu; bạn có thể gửi lại yêu cầu này.',
    en: 'The request could not be processed; it is safe to send it again.',
  },
  'STREAM.CONCURRENCY_CONFLICT': {
    vi: 'Dữ liệu vừa bị thay đổi bởi một thao tác khác. Vui lòng tải lại và thử lại.',
    en: 'The data was changed by another action at the same time. Please reload and try again.',
  },
};

// Every code the registry hierarchy decider throws (libs/registry/domain/src/hierarchy).
const UNIT: Record<string, MessageTemplate> = {
  'UNIT.NAME_REQUIRED': { vi: 'Tên đơn vị bằng tiếng Việt là bắt buộc.', en: 'A Vietnamese unit name is required.' },
  'UNIT.CYCLE': {
    vi: 'Không thể chuyển đơn vị vào chính đơn vị cấp dưới của nó (tạo vòng lặp).',
    en: 'A unit cannot be moved under one of its own sub-units (that would create a cycle).',
  },
  'UNIT.NOT_ACTIVE': {
    vi: 'Đơn vị không hoạt động[ vào ngày {date}].',
    en: 'The unit is not active[ on {date}].',
  },
  'UNIT.PARENT_NOT_ACTIVE': {
    vi: 'Đơn vị cấp trên không hoạt động[ vào ngày {date}].',
    en: 'The parent unit is not active[ on {date}].',
  },
  'UNIT.SUCCESSOR_NOT_ACTIVE': {
    vi: 'Đơn vị tiếp nhận không hoạt động[ vào ngày {date}].',
    en: 'The successor unit is not active[ on {date}].',
  },
  'UNIT.EXISTS': UNIT_EXISTS,
  'UNIT.ALREADY_EXISTS': UNIT_EXISTS,
  'UNIT.NOT_FOUND': { vi: 'Không tìm thấy đơn vị.', en: 'The unit was not found.' },
  'UNIT.ID_REQUIRED': { vi: 'Mã đơn vị là bắt buộc.', en: 'A unit id is required.' },
  'UNIT.LEVEL_REQUIRED': { vi: 'Cấp của đơn vị là bắt buộc.', en: 'The unit level is required.' },
  'UNIT.BAD_ORGANISATION': {
    vi: 'Tổ chức không hợp lệ; hãy chọn Đoàn TNCS Hồ Chí Minh, Hội LHTN Việt Nam, Hội Sinh viên Việt Nam hoặc Đội TNTP Hồ Chí Minh.',
    en: "Unknown organisation; choose the Youth Union, the Youth Federation, the Students' Association or the Young Pioneers.",
  },
  'UNIT.BAD_DATE': INVALID_DATE,
  'UNIT.OUT_OF_DATE_ORDER': {
    vi: 'Ngày hiệu lực không được trước lần thay đổi gần nhất của đơn vị[ ({lastChange})].',
    en: "The effective date cannot be before the unit's latest change[ ({lastChange})].",
  },
  'UNIT.HAS_ACTIVE_CHILDREN': {
    vi: 'Đơn vị vẫn còn đơn vị trực thuộc đang hoạt động[ vào ngày {date}]; hãy chuyển hoặc giải thể các đơn vị đó trước.',
    en: 'The unit still has active sub-units[ on {date}]; move or dissolve them first.',
  },
  'UNIT.MERGE_BAD_SOURCES': {
    vi: 'Các đơn vị sáp nhập phải khác nhau và khác đơn vị tiếp nhận.',
    en: 'The merged units must be distinct and differ from the successor.',
  },
  'UNIT.MERGE_NEEDS_SOURCES': {
    vi: 'Sáp nhập thành đơn vị mới cần ít nhất hai đơn vị.',
    en: 'A merge into a new unit needs at least two units.',
  },
  'UNIT.SPLIT_NEEDS_PARTS': { vi: 'Chia tách đơn vị cần ít nhất hai đơn vị mới.', en: 'A split needs at least two new units.' },
  'UNIT.SPLIT_CHILD_UNASSIGNED': {
    vi: 'Mỗi đơn vị trực thuộc phải được chuyển về một trong các đơn vị mới.',
    en: 'Every sub-unit must be assigned to one of the new units.',
  },
};

const CADRE: Record<string, MessageTemplate> = {
  'CADRE.NAME_REQUIRED': { vi: 'Họ và tên cán bộ là bắt buộc.', en: "The cadre's full name is required." },
  'CADRE.ALREADY_REGISTERED': { vi: 'Cán bộ này đã được đăng ký.', en: 'This cadre is already registered.' },
  'CADRE.NOT_FOUND': { vi: 'Không tìm thấy cán bộ.', en: 'The cadre was not found.' },
  'CADRE.UNIT_NOT_ACTIVE': {
    vi: 'Đơn vị của cán bộ không hoạt động[ vào ngày {date}].',
    en: "The cadre's unit is not active[ on {date}].",
  },
  'CADRE.POSITION_EXISTS': { vi: 'Cán bộ đã giữ chức vụ này.', en: 'The cadre already holds this position.' },
  'CADRE.POSITION_NOT_FOUND': { vi: 'Không tìm thấy chức vụ của cán bộ.', en: 'The position was not found.' },
  'CADRE.POSITION_ENDED': { vi: 'Cán bộ đã thôi giữ chức vụ này.', en: 'This position has already ended.' },
  'CADRE.TERM_DATES': { vi: 'Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu.', en: 'A term must end after it starts.' },
  'CADRE.TITLE_REQUIRED': { vi: 'Tên chức vụ là bắt buộc.', en: 'A position title is required.' },
  'CADRE.OUT_OF_ORDER': {
    vi: 'Ngày hiệu lực không được trước lần thay đổi gần nhất của hồ sơ cán bộ.',
    en: "The effective date cannot be before the cadre record's latest change.",
  },
};

const VOLUNTEER: Record<string, MessageTemplate> = {
  'VOLUNTEER.NOT_FOUND': { vi: 'Không tìm thấy tình nguyện viên.', en: 'The volunteer was not found.' },
  'VOLUNTEER.NAME_REQUIRED': { vi: 'Họ và tên tình nguyện viên là bắt buộc.', en: "The volunteer's full name is required." },
  'VOLUNTEER.CONSENT_REQUIRED': {
    vi: 'Cần có sự đồng ý của tình nguyện viên cho việc xử lý dữ liệu cá nhân.',
    en: "The volunteer's consent to processing personal data is required.",
  },
  'VOLUNTEER.GUARDIAN_CONSENT_REQUIRED': {
    vi: 'Tình nguyện viên chưa đủ tuổi cần có sự đồng ý của cha, mẹ hoặc người giám hộ.',
    en: 'A volunteer who is a minor needs the consent of a parent or guardian.',
  },
  'VOLUNTEER.BIRTH_DATE': { vi: 'Ngày sinh không hợp lệ.', en: 'The date of birth is not valid.' },
  'VOLUNTEER.PHONE_INVALID': { vi: 'Số điện thoại không hợp lệ.', en: 'The phone number is not valid.' },
  'VOLUNTEER.EMAIL_INVALID': { vi: 'Địa chỉ email không hợp lệ.', en: 'The email address is not valid.' },
  'VOLUNTEER.UNIT_NOT_ACTIVE': {
    vi: 'Đơn vị quản lý tình nguyện viên không hoạt động[ vào ngày {date}].',
    en: "The volunteer's unit is not active[ on {date}].",
  },
  'VOLUNTEER.CONSENT_NOT_GIVEN': {
    vi: 'Tình nguyện viên chưa đồng ý cho xử lý dữ liệu cá nhân.',
    en: 'The volunteer has not consented to processing personal data.',
  },
};

const ACCOUNT: Record<string, MessageTemplate> = {
  'ACCOUNT.USERNAME_TAKEN': { vi: 'Tên đăng nhập đã được sử dụng.', en: 'This username is already taken.' },
  'ACCOUNT.USERNAME_INVALID': { vi: 'Tên đăng nhập không hợp lệ.', en: 'The username is not valid.' },
  'ACCOUNT.ROLE_UNKNOWN': { vi: 'Vai trò không tồn tại.', en: 'Unknown role.' },
  'ACCOUNT.ROLE_SCOPE_REQUIRED': { vi: 'Vai trò này phải gắn với một đơn vị.', en: 'This role must be tied to a unit.' },
  'ACCOUNT.ROLE_NOT_HELD': { vi: 'Tài khoản không có vai trò này.', en: 'The account does not hold this role.' },
  'ACCOUNT.PASSWORD_TOO_SHORT': {
    vi: 'Mật khẩu quá ngắn[; cần ít nhất {min} ký tự].',
    en: 'The password is too short[; use at least {min} characters].',
  },
  'ACCOUNT.CLOSED': ACCOUNT_CLOSED,
  'ACCOUNT.ALREADY_CLOSED': ACCOUNT_CLOSED,
  'AUTH.INVALID_CREDENTIALS': { vi: 'Tên đăng nhập hoặc mật khẩu không đúng.', en: 'Wrong username or password.' },
  'AUTH.SESSION_ENDED': {
    vi: 'Phiên đăng nhập đã kết thúc. Vui lòng đăng nhập lại.',
    en: 'The session has ended. Please sign in again.',
  },
  'AUTH.SESSION_EXPIRED': {
    vi: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
    en: 'The session has expired. Please sign in again.',
  },
  'AUTH.INVALID_REFRESH_TOKEN': {
    vi: 'Mã làm mới phiên đăng nhập không hợp lệ. Vui lòng đăng nhập lại.',
    en: 'The refresh token is invalid. Please sign in again.',
  },
  'AUTH.TOKEN_INVALID': { vi: 'Mã truy cập không hợp lệ.', en: 'The access token is invalid.' },
  'AUTH.TOKEN_EXPIRED': { vi: 'Mã truy cập đã hết hạn.', en: 'The access token has expired.' },
};

export const ERROR_CATALOG: Readonly<Record<string, MessageTemplate>> = { ...GATEWAY, ...UNIT, ...CADRE, ...VOLUNTEER, ...ACCOUNT };

// For codes not (yet) catalogued: still say what kind of failure it was, and name the code.
const FALLBACK: Readonly<Record<ErrorKind, MessageTemplate>> = {
  validation: { vi: 'Dữ liệu không hợp lệ (mã lỗi: {code}).', en: 'Invalid input (error code: {code}).' },
  'illegal-state': {
    vi: 'Không thể thực hiện thao tác ở trạng thái hiện tại (mã lỗi: {code}).',
    en: 'This cannot be done in the current state (error code: {code}).',
  },
  'not-found': { vi: 'Không tìm thấy dữ liệu yêu cầu (mã lỗi: {code}).', en: 'The requested item was not found (error code: {code}).' },
  forbidden: { vi: 'Bạn không có quyền thực hiện thao tác này (mã lỗi: {code}).', en: 'You are not allowed to do this (error code: {code}).' },
  concurrency: {
    vi: 'Dữ liệu vừa bị thay đổi bởi một thao tác khác; vui lòng thử lại (mã lỗi: {code}).',
    en: 'The data was changed by another action at the same time; please try again (error code: {code}).',
  },
  internal: { vi: 'Đã xảy ra lỗi (mã lỗi: {code}).', en: 'An error occurred (error code: {code}).' },
};

const isCatalogued = (code: string): boolean => Object.prototype.hasOwnProperty.call(ERROR_CATALOG, code);

/** The template of a code, or the generic one for its kind when the code is unknown. */
export const templateOf = (code: string, kind?: ErrorKind): MessageTemplate =>
  isCatalogued(code) ? ERROR_CATALOG[code] : FALLBACK[kind ?? 'internal'];

/** Fill a template: only strings and numbers are substituted, never objects. */
export function renderTemplate(template: string, values: Readonly<Record<string, unknown>>): string {
  const valueOf = (name: string) => {
    const value = values[name];
    return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? String(value) : undefined;
  };
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, name: string) => valueOf(name) ?? '');
  const complete = (segment: string) => [...segment.matchAll(/\{(\w+)\}/g)].every(([, name]) => valueOf(name) !== undefined);
  // One pass, so a substituted value is never itself read as a template.
  return template.replace(/\[([^\]]*)\]|\{\w+\}/g, (match, segment?: string) =>
    segment === undefined ? fill(match) : complete(segment) ? fill(segment) : '',
  );
}

/** The localised message of an error code. */
export function messageFor(
  code: string,
  language: Language,
  values: Readonly<Record<string, unknown>> = {},
  kind?: ErrorKind,
): string {
  return renderTemplate(templateOf(code, kind)[language], { ...values, code });
}

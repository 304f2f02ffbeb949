import { type ContextMessages, GATEWAY_MESSAGES } from '@tn/gateway-graphql-kit';
import type { RegistryErrorCode } from '@tn/registry-contracts';

/**
 * Codes only this slice says, never the registry service: its input checks and its sign-in
 * throttle, and two spellings the first catalogue gave alongside the ones the service uses.
 */
type RegistrySliceErrorCode = 'UNIT.ORGANISATION_UNKNOWN' | 'AUTH.SIGN_IN_THROTTLED' | 'UNIT.EXISTS' | 'ACCOUNT.ALREADY_CLOSED';

const UNIT_EXISTS = { vi: 'Mã đơn vị này đã tồn tại.', en: 'A unit with this id already exists.' } as const;
const ACCOUNT_CLOSED = { vi: 'Tài khoản đã bị đóng.', en: 'The account is closed.' } as const;

/** What the registry's codes say, in every language; the platform-wide ones are the gateway's. */
export const REGISTRY_MESSAGES: ContextMessages<RegistryErrorCode | RegistrySliceErrorCode> = {
  // The hierarchy (libs/registry/domain/src/hierarchy) and the unit inputs.
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
  'UNIT.IMPORT_PARENT_NOT_LISTED': {
    vi: 'Đơn vị cấp trên của một đơn vị nhập phải là đơn vị nhận nhập hoặc một đơn vị được liệt kê trước nó.',
    en: "An imported unit's parent must be the import's parent or a unit listed before it.",
  },
  'UNIT.IMPORT_SIZE': { vi: 'Mỗi lần nhập phải có từ 1 đến 500 đơn vị.', en: 'An import must list between 1 and 500 units.' },
  'UNIT.LEVEL_REQUIRED': { vi: 'Cấp của đơn vị là bắt buộc.', en: 'The unit level is required.' },
  'UNIT.BAD_ORGANISATION': {
    vi: 'Tổ chức không hợp lệ; hãy chọn Đoàn TNCS Hồ Chí Minh, Hội LHTN Việt Nam, Hội Sinh viên Việt Nam hoặc Đội TNTP Hồ Chí Minh.',
    en: "Unknown organisation; choose the Youth Union, the Youth Federation, the Students' Association or the Young Pioneers.",
  },
  'UNIT.BAD_DATE': GATEWAY_MESSAGES['DATE.INVALID'],
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
  'UNIT.SPLIT_HISTORY_NOT_A_PART': {
    vi: 'Đơn vị kế thừa lịch sử hoạt động[ ({historyUnitId})] phải là một trong các đơn vị mới được chia tách.',
    en: 'The unit that carries the history[ ({historyUnitId})] must be one of the new units of the split.',
  },
  'UNIT.ORGANISATION_UNKNOWN': {
    vi: 'Tổ chức không hợp lệ; hãy chọn Đoàn TNCS Hồ Chí Minh, Hội LHTN Việt Nam, Hội Sinh viên Việt Nam hoặc Đội TNTP Hồ Chí Minh.',
    en: "Unknown organisation; choose the Youth Union, the Youth Federation, the Students' Association or the Young Pioneers.",
  },
  // Cadres and their positions.
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
  'CADRE.EMAIL_INVALID': { vi: 'Địa chỉ email của cán bộ không hợp lệ.', en: "The cadre's email address is not valid." },
  'CADRE.ID_REQUIRED': { vi: 'Mã cán bộ là bắt buộc.', en: 'A cadre id is required.' },
  'CADRE.PHONE_INVALID': { vi: 'Số điện thoại của cán bộ không hợp lệ.', en: "The cadre's phone number is not valid." },
  'CADRE.POSITION_ID_REQUIRED': { vi: 'Mã chức vụ là bắt buộc.', en: 'A position id is required.' },
  'CADRE.SAME_UNIT': { vi: 'Chức vụ đã thuộc đơn vị này.', en: 'The position already belongs to this unit.' },
  'CADRE.UNIT_REQUIRED': { vi: 'Đơn vị của chức vụ là bắt buộc[ ({field})].', en: 'The unit of the position is required[ ({field})].' },
  // Volunteers and their consents.
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
  'VOLUNTEER.ALREADY_REGISTERED': { vi: 'Tình nguyện viên này đã được đăng ký.', en: 'This volunteer is already registered.' },
  'VOLUNTEER.CONSENT_DATES': {
    vi: 'Không thể rút lại sự đồng ý trước ngày đã đồng ý.',
    en: 'A consent cannot be withdrawn before it was given.',
  },
  'VOLUNTEER.CONSENT_DUPLICATE': {
    vi: 'Một mục đích xử lý dữ liệu chỉ được đồng ý một lần[ ({field})].',
    en: 'Each purpose of processing is consented to only once[ ({field})].',
  },
  'VOLUNTEER.CONSENT_PURPOSE_REQUIRED': {
    vi: 'Mục đích xử lý dữ liệu cá nhân là bắt buộc[ ({field})].',
    en: 'The purpose of processing personal data is required[ ({field})].',
  },
  'VOLUNTEER.CONTACT_REQUIRED': {
    vi: 'Cần ít nhất số điện thoại hoặc địa chỉ email của tình nguyện viên.',
    en: 'The volunteer needs a phone number or an email address.',
  },
  'VOLUNTEER.GUARDIAN_INVALID': {
    vi: 'Cần họ tên và quan hệ của cha, mẹ hoặc người giám hộ[ ({field})].',
    en: "The parent or guardian's full name and relationship are required[ ({field})].",
  },
  'VOLUNTEER.ID_REQUIRED': { vi: 'Mã tình nguyện viên là bắt buộc.', en: 'A volunteer id is required.' },
  'VOLUNTEER.OUT_OF_ORDER': {
    vi: 'Ngày hiệu lực không được trước lần đổi đơn vị gần nhất của tình nguyện viên[ ({lastChange})].',
    en: "The effective date cannot be before the volunteer's latest change of unit[ ({lastChange})].",
  },
  'VOLUNTEER.UNIT_REQUIRED': { vi: 'Đơn vị quản lý tình nguyện viên là bắt buộc.', en: "The volunteer's home unit is required." },
  // Accounts and roles.
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
  'ACCOUNT.ID_REQUIRED': { vi: 'Mã tài khoản là bắt buộc.', en: 'An account id is required.' },
  'ACCOUNT.KIND_UNKNOWN': {
    vi: 'Loại tài khoản không hợp lệ; dùng cadre (cán bộ), volunteer (tình nguyện viên) hoặc partner (đối tác).',
    en: 'Unknown account kind; use cadre, volunteer or partner.',
  },
  'ACCOUNT.NOT_FOUND': { vi: 'Không tìm thấy tài khoản.', en: 'The account was not found.' },
  'ACCOUNT.PASSWORD_REQUIRED': { vi: 'Mật khẩu là bắt buộc.', en: 'A password is required.' },
  'ACCOUNT.PASSWORD_UNREADABLE': {
    vi: 'Không đọc được mật khẩu gửi lên. Vui lòng gửi lại qua ứng dụng.',
    en: 'The password sent could not be read. Please send it again through the app.',
  },
  'ACCOUNT.PERSON_ID_INVALID': { vi: 'Mã người dùng gắn với tài khoản không hợp lệ.', en: 'The person linked to the account is not valid.' },
  'ACCOUNT.PERSON_KIND_MISMATCH': {
    vi: 'Người được gắn không khớp với loại tài khoản: tài khoản cán bộ gắn với cán bộ, tài khoản tình nguyện viên gắn với tình nguyện viên.',
    en: 'The linked person does not match the account kind: a cadre account links to a cadre, a volunteer account to a volunteer.',
  },
  'ACCOUNT.ROLE_SCOPE_INVALID': {
    vi: 'Vai trò quản trị hệ thống áp dụng trên toàn quốc, không gắn với đơn vị.',
    en: 'The system administrator role covers the whole country and is not tied to a unit.',
  },
  // Sign-in and sessions.
  'AUTH.INVALID_CREDENTIALS': { vi: 'Tên đăng nhập hoặc mật khẩu không đúng.', en: 'Wrong username or password.' },
  'AUTH.SIGN_IN_THROTTLED': {
    vi: 'Đăng nhập sai quá nhiều lần với tên đăng nhập này. Vui lòng chờ[ {retryAfterSeconds} giây] rồi thử lại.',
    en: 'Too many failed sign-ins for this username. Please wait[ {retryAfterSeconds} seconds] and try again.',
  },
  'AUTH.SESSION_EXPIRED': {
    vi: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
    en: 'The session has expired. Please sign in again.',
  },
  'AUTH.INVALID_REFRESH_TOKEN': {
    vi: 'Mã làm mới phiên đăng nhập không hợp lệ. Vui lòng đăng nhập lại.',
    en: 'The refresh token is invalid. Please sign in again.',
  },
  'AUTH.REFRESH_TOKEN_NOT_FRESH': {
    vi: 'Mã làm mới phiên đăng nhập mới phải khác mã cũ.',
    en: 'The new refresh token must differ from the old one.',
  },
  'AUTH.REFRESH_TOKEN_REQUIRED': { vi: 'Mã làm mới phiên đăng nhập là bắt buộc.', en: 'A refresh token is required.' },
  'AUTH.SESSION_EXISTS': { vi: 'Phiên đăng nhập này đã tồn tại.', en: 'This session already exists.' },
  'AUTH.SESSION_EXPIRY': {
    vi: 'Thời điểm hết hạn phiên đăng nhập phải sau thời điểm bắt đầu.',
    en: 'A session must expire after it starts.',
  },
  'AUTH.SESSION_ID_REQUIRED': { vi: 'Mã phiên đăng nhập là bắt buộc.', en: 'A session id is required.' },
  'AUTH.SESSION_NOT_FOUND': {
    vi: 'Không tìm thấy phiên đăng nhập. Vui lòng đăng nhập lại.',
    en: 'The session was not found. Please sign in again.',
  },
  // The registry request channel and its personal data.
  'PD.UNREADABLE': {
    vi: 'Không giải mã được dữ liệu cá nhân của yêu cầu. Vui lòng báo cho quản trị hệ thống.',
    en: 'The personal data of the request could not be decrypted. Please tell the system administrator.',
  },
  'REQUEST.ENVELOPES_INVALID': {
    vi: 'Yêu cầu không hợp lệ: danh sách sự kiện không đúng định dạng.',
    en: 'Invalid request: the list of events is malformed.',
  },
};

import type { MessageTemplate } from '../error-catalog';

// Registry codes missing from the first catalogue: accounts, sessions, cadres, volunteers, units
// and the registry request channel (libs/registry/domain, libs/registry/write, gateway inputs).
export const REGISTRY_MESSAGES: Readonly<Record<string, MessageTemplate>> = {
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
  'CADRE.EMAIL_INVALID': { vi: 'Địa chỉ email của cán bộ không hợp lệ.', en: "The cadre's email address is not valid." },
  'CADRE.ID_REQUIRED': { vi: 'Mã cán bộ là bắt buộc.', en: 'A cadre id is required.' },
  'CADRE.PHONE_INVALID': { vi: 'Số điện thoại của cán bộ không hợp lệ.', en: "The cadre's phone number is not valid." },
  'CADRE.POSITION_ID_REQUIRED': { vi: 'Mã chức vụ là bắt buộc.', en: 'A position id is required.' },
  'CADRE.SAME_UNIT': { vi: 'Chức vụ đã thuộc đơn vị này.', en: 'The position already belongs to this unit.' },
  'CADRE.UNIT_REQUIRED': { vi: 'Đơn vị của chức vụ là bắt buộc[ ({field})].', en: 'The unit of the position is required[ ({field})].' },
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
  'UNIT.ORGANISATION_UNKNOWN': {
    vi: 'Tổ chức không hợp lệ; hãy chọn Đoàn TNCS Hồ Chí Minh, Hội LHTN Việt Nam, Hội Sinh viên Việt Nam hoặc Đội TNTP Hồ Chí Minh.',
    en: "Unknown organisation; choose the Youth Union, the Youth Federation, the Students' Association or the Young Pioneers.",
  },
  'PD.UNREADABLE': {
    vi: 'Không giải mã được dữ liệu cá nhân của yêu cầu. Vui lòng báo cho quản trị hệ thống.',
    en: 'The personal data of the request could not be decrypted. Please tell the system administrator.',
  },
  'REQUEST.ENVELOPES_INVALID': {
    vi: 'Yêu cầu không hợp lệ: danh sách sự kiện không đúng định dạng.',
    en: 'Invalid request: the list of events is malformed.',
  },
};

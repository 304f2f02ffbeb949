import type { Language } from './language';
import { CAMPAIGNS_MESSAGES } from './messages/campaigns';
import { GATEWAY_MESSAGES } from './messages/gateway';
import { REGISTRY_MESSAGES } from './messages/registry';

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
  'DATE.OUT_OF_RANGE': {
    vi: 'Ngày[ ở trường {field}] nằm ngoài khoảng cho phép[ (từ {min} đến {max})].',
    en: 'The date[ in {field}] is outside the allowed range[ ({min} to {max})].',
  },
  'INPUT.ID_INVALID': {
    vi: 'Mã định danh không hợp lệ[ ở trường {field}]: chỉ dùng chữ cái không dấu, chữ số, gạch dưới, hai chấm và gạch ngang, bắt đầu bằng chữ cái hoặc chữ số, tối đa 128 ký tự.',
    en: 'Invalid id[ in {field}]: use only unaccented letters, digits, underscores, colons and hyphens, starting with a letter or digit, at most 128 characters.',
  },
  'INPUT.TEXT_FORBIDDEN_CHARACTER': {
    vi: 'Văn bản[ ở trường {field}] chứa ký tự điều khiển hoặc ký tự đổi chiều văn bản không được phép.',
    en: 'The text[ in {field}] contains a control or text-direction character that is not allowed.',
  },
  'INPUT.TEXT_TOO_LONG': {
    vi: 'Văn bản quá dài[ ở trường {field}][; tối đa {maxLength} ký tự].',
    en: 'The text is too long[ in {field}][; at most {maxLength} characters].',
  },
  'INPUT.TOO_DEEP': {
    vi: 'Dữ liệu gửi lên lồng quá sâu[ ở trường {field}].',
    en: 'The input is nested too deeply[ in {field}].',
  },
  'COMMAND.FIELD_REQUIRED': { vi: 'Thiếu thông tin bắt buộc[: {field}].', en: 'A required field is missing[: {field}].' },
  'COMMAND.FIELD_TYPE': { vi: 'Kiểu dữ liệu không đúng[ ở trường {field}].', en: 'Wrong type of value[ in {field}].' },
  'COMMAND.UNKNOWN_TYPE': { vi: 'Loại lệnh này không được hỗ trợ.', en: 'This command type is not supported.' },
  'COMMAND.SEALED_PAYLOAD_INVALID': {
    vi: 'Nội dung lệnh (payload) không được niêm phong bởi cổng API tin cậy.',
    en: 'The command payload was not sealed by a trusted gateway.',
  },
  'COMMAND.NOT_SEALED': {
    vi: 'Nội dung lệnh (payload) phải được niêm phong: lệnh có thể chứa dữ liệu cá nhân.',
    en: 'The command payload must be sealed: it may hold personal data.',
  },
  'REQUEST.NOT_SEALED': {
    vi: 'Yêu cầu (request) phải được niêm phong: yêu cầu có thể chứa thông tin đăng nhập và dữ liệu cá nhân.',
    en: 'The request must be sealed: it may hold credentials and personal data.',
  },
  'REQUEST.SEALED_INVALID': {
    vi: 'Yêu cầu (request) không được niêm phong bởi cổng API tin cậy.',
    en: 'The request was not sealed by a trusted gateway.',
  },
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
  'AUTH.SIGN_IN_THROTTLED': {
    vi: 'Đăng nhập sai quá nhiều lần với tên đăng nhập này. Vui lòng chờ[ {retryAfterSeconds} giây] rồi thử lại.',
    en: 'Too many failed sign-ins for this username. Please wait[ {retryAfterSeconds} seconds] and try again.',
  },
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

// Activity lifecycle, formations, follow-ups and list filters (libs/campaigns/domain/src/activity, gateway activities).
const ACTIVITY_OPERATIONS: Record<string, MessageTemplate> = {
  'ACTIVITY.NOT_FOUND': { vi: 'Không tìm thấy hoạt động.', en: 'The activity was not found.' },
  'ACTIVITY.ILLEGAL_TRANSITION': {
    vi: 'Không thể chuyển hoạt động[ từ trạng thái {from} sang {to}].',
    en: 'The activity cannot move[ from {from} to {to}].',
  },
  'ACTIVITY.NOT_STARTED': { vi: 'Không thể kết thúc hoạt động chưa bắt đầu.', en: 'An activity that never started cannot be completed.' },
  'ACTIVITY.NOT_COMPLETED': {
    vi: 'Chỉ ghi nhận duy trì kết quả sau khi hoạt động đã hoàn thành.',
    en: 'Follow-ups are recorded only once the activity is completed.',
  },
  'ACTIVITY.CLOSED': { vi: 'Hoạt động đã kết thúc[ ({status})], không thể thay đổi đội hình.', en: 'The activity is over[ ({status})]; its formations cannot change.' },
  'ACTIVITY.CANCEL_REASON_REQUIRED': { vi: 'Cần nêu lý do huỷ hoạt động.', en: 'A reason for cancelling is required.' },
  'ACTIVITY.EVALUATION_REQUIRED': { vi: 'Cần nội dung đánh giá hoạt động.', en: 'An evaluation summary is required.' },
  'ACTIVITY.RATING_INVALID': { vi: 'Điểm đánh giá là số nguyên từ 1 đến 5.', en: 'A rating is a whole number from 1 to 5.' },
  'ACTIVITY.FOLLOW_UP_ID_REQUIRED': { vi: 'Cần mã của lần duy trì kết quả.', en: 'A follow-up id is required.' },
  'ACTIVITY.FOLLOW_UP_NOTE_REQUIRED': { vi: 'Cần nội dung duy trì kết quả.', en: 'A follow-up note is required.' },
  'ACTIVITY.FORMATION_EXISTS': { vi: 'Đội hình này đã có trong hoạt động.', en: 'This formation is already on the activity.' },
  'ACTIVITY.FORMATION_ID_REQUIRED': { vi: 'Cần mã đội hình.', en: 'A formation id is required.' },
  'ACTIVITY.FORMATION_NAME_REQUIRED': { vi: 'Cần tên đội hình.', en: 'A formation name is required.' },
  'ACTIVITY.COMPOSITION_INVALID': {
    vi: 'Số lượng thành phần đội hình phải là số nguyên không âm[ ({field})].',
    en: 'Formation head counts are whole numbers of zero or more[ ({field})].',
  },
  'ACTIVITY.COMPOSITION_EMPTY': { vi: 'Đội hình cần ít nhất một thành viên.', en: 'A formation needs at least one member.' },
  'ACTIVITY.SPECIALISATION_UNKNOWN': {
    vi: 'Chuyên môn của đội hình không hợp lệ[; dùng một trong: {allowed}].',
    en: 'Unknown formation specialisation[; use one of: {allowed}].',
  },
  'ACTIVITY.AREA_FLAG_UNKNOWN': {
    vi: 'Đặc điểm địa bàn không hợp lệ[: {flag}][; dùng: {allowed}].',
    en: 'Unknown area flag[: {flag}][; use: {allowed}].',
  },
  'ACTIVITY.FILTER_PERIOD_INVALID': { vi: 'Khoảng thời gian lọc kết thúc trước khi bắt đầu.', en: 'The filter period ends before it starts.' },
};

// Shifts, recurring shifts and sign-up approval (libs/campaigns/domain/src/shifts).
const SHIFT_OPERATIONS: Record<string, MessageTemplate> = {
  'SHIFT.NOT_FOUND': { vi: 'Không tìm thấy ca làm việc.', en: 'The shift was not found.' },
  'SHIFT.ALREADY_EXISTS': {
    vi: 'Ca làm việc với mã này đã có, với nội dung khác.',
    en: 'A shift with this id already exists, with other details.',
  },
  'SHIFT.TOO_LONG': {
    vi: 'Một ca làm việc kéo dài tối đa[ {maxHours}] giờ; hãy chia thành nhiều ca.',
    en: 'A shift lasts at most[ {maxHours}] hours; split it into several shifts.',
  },
  'SHIFT.ACTIVITY_OVER': {
    vi: 'Hoạt động đã kết thúc[ ({status})], không thể thêm ca hay đăng ký.',
    en: 'The activity is over[ ({status})]; no shifts or sign-ups can be added.',
  },
  'ACTIVITY.CANCELLED': {
    vi: 'Hoạt động đã bị huỷ, không thể thêm ca hay đăng ký.',
    en: 'The activity was cancelled; no shifts or sign-ups can be added.',
  },
  'ACTIVITY.TIME_AHEAD': {
    vi: 'Thời điểm[ ở trường {field}] muộn hơn thời điểm hiện tại; hoạt động chỉ được ghi nhận bắt đầu hay kết thúc khi việc đó đã diễn ra.',
    en: 'The time[ in {field}] is later than now; an activity is recorded as started or completed once that has happened.',
  },
  'SHIFT.CAPACITY_INVALID': { vi: 'Số chỗ của ca là số nguyên từ 1 trở lên.', en: 'A shift has a whole number of places, at least 1.' },
  'SHIFT.CAPACITY_BELOW_CONFIRMED': {
    vi: 'Số chỗ không được ít hơn số tình nguyện viên đã xác nhận[ ({confirmed})].',
    en: 'The capacity cannot be below the volunteers already confirmed[ ({confirmed})].',
  },
  'SHIFT.TEMPLATE_ID_REQUIRED': { vi: 'Cần mã mẫu ca lặp lại.', en: 'A template id is required.' },
  'SHIFT.RECURRENCE_RANGE_INVALID': { vi: 'Khoảng ngày kết thúc trước khi bắt đầu.', en: 'The date range ends before it starts.' },
  'SHIFT.RECURRENCE_TOO_LONG': {
    vi: 'Mỗi lần chỉ tạo ca lặp lại trong tối đa 366 ngày[ (yêu cầu {days} ngày)].',
    en: 'Recurring shifts are created for at most 366 days at once[ ({days} days asked)].',
  },
  'SHIFT.OFFSET_INVALID': { vi: 'Múi giờ không hợp lệ.', en: 'The time-zone offset is invalid.' },
  'SHIFT.SLOTS_REQUIRED': { vi: 'Cần ít nhất một khung giờ trong tuần.', en: 'At least one weekly slot is required.' },
  'SHIFT.SLOT_INVALID': {
    vi: 'Khung giờ không hợp lệ[ ở trường {field}]: thứ từ 1 (thứ Hai) đến 7 (Chủ nhật), giờ dạng HH:MM.',
    en: 'Invalid weekly slot[ in {field}]: a weekday from 1 (Monday) to 7 (Sunday), times as HH:MM.',
  },
  'SIGNUP.NOT_PENDING': { vi: 'Tình nguyện viên không có đăng ký nào đang chờ duyệt.', en: 'The volunteer has no sign-up awaiting approval.' },
  'SIGNUP.REJECT_REASON_REQUIRED': { vi: 'Cần nêu lý do từ chối đăng ký.', en: 'A reason for rejecting the sign-up is required.' },
  'SIGNUP.APPROVER_REQUIRED': { vi: 'Cần người duyệt đăng ký.', en: 'An approver is required.' },
};

// Certificates and badges (libs/campaigns/domain/src/recognition).
const CERTIFICATE_OPERATIONS: Record<string, MessageTemplate> = {
  'CERTIFICATE.NOT_FOUND': { vi: 'Không tìm thấy giấy chứng nhận.', en: 'The certificate was not found.' },
  'CERTIFICATE.AWARD_UNKNOWN': {
    vi: 'Loại khen thưởng không hợp lệ[; dùng một trong: {allowed}].',
    en: 'Unknown award[; use one of: {allowed}].',
  },
  'CERTIFICATE.CRITERION_OUT_OF_RANGE': {
    vi: 'Ngưỡng tiêu chí cấp giấy chứng nhận phải là số nguyên[ từ {min} đến {max}][ ({field})].',
    en: 'A certificate criterion must be a whole number[ from {min} to {max}][ ({field})].',
  },
  'CERTIFICATE.REVOKE_REASON_REQUIRED': { vi: 'Cần nêu lý do thu hồi.', en: 'A reason for revoking is required.' },
};

// Output measures, youth works and tasks, resources mobilised (libs/campaigns/domain/src/outputs).
const OUTPUT_OPERATIONS: Record<string, MessageTemplate> = {
  'OUTPUT_MEASURE.ID_INVALID': {
    vi: 'Mã chỉ số không hợp lệ; dùng chữ thường không dấu nối bằng gạch ngang (ví dụ: gieng-nuoc-sach).',
    en: 'Invalid measure id; use lower-case words joined by hyphens (for example clean-water-wells).',
  },
  'OUTPUT_MEASURE.BUILT_IN': {
    vi: 'Chỉ số[ {measureId}] có sẵn trong hệ thống, không thể định nghĩa lại hay ngừng dùng.',
    en: 'The measure[ {measureId}] is built in; it cannot be redefined or retired.',
  },
  'OUTPUT_MEASURE.ALREADY_DEFINED': {
    vi: 'Mã chỉ số[ {measureId}] đã được định nghĩa với nội dung khác; hãy chọn mã khác.',
    en: 'The measure id[ {measureId}] is already defined differently; choose another id.',
  },
  'OUTPUT_MEASURE.NAME_REQUIRED': { vi: 'Cần tên chỉ số bằng tiếng Việt và tiếng Anh[ ({field})].', en: 'The measure needs a Vietnamese and an English name[ ({field})].' },
  'OUTPUT_MEASURE.UNIT_REQUIRED': { vi: 'Cần đơn vị tính bằng tiếng Việt và tiếng Anh[ ({field})].', en: 'The measure needs a Vietnamese and an English unit label[ ({field})].' },
  'OUTPUT_MEASURE.VALUE_TYPE_UNKNOWN': {
    vi: 'Kiểu giá trị không hợp lệ; dùng count (số nguyên) hoặc quantity (số thập phân).',
    en: 'Unknown value type; use count (whole numbers) or quantity (decimals).',
  },
  'OUTPUT_MEASURE.NOT_FOUND': { vi: 'Không tìm thấy chỉ số[ {measureId}] trong danh mục.', en: 'The measure[ {measureId}] is not in the catalogue.' },
  'OUTPUT_MEASURE.RETIRE_REASON_REQUIRED': { vi: 'Cần nêu lý do ngừng dùng chỉ số.', en: 'A reason for retiring the measure is required.' },
  'OUTPUT.ACTIVITY_NOT_STARTED': {
    vi: 'Chỉ ghi nhận công trình, phần việc khi hoạt động đã triển khai.',
    en: 'Youth works and tasks are recorded only once the activity has started.',
  },
  'OUTPUT.ACTIVITY_CANCELLED': { vi: 'Hoạt động đã bị huỷ, không thể ghi nhận công trình, phần việc.', en: 'The activity was cancelled; no outputs can be recorded.' },
  'OUTPUT.ID_REQUIRED': { vi: 'Cần mã công trình, phần việc.', en: 'An output id is required.' },
  'OUTPUT.KIND_UNKNOWN': {
    vi: 'Loại kết quả không hợp lệ; dùng youth-work (công trình) hoặc youth-task (phần việc).',
    en: 'Unknown output kind; use youth-work or youth-task.',
  },
  'OUTPUT.NAME_REQUIRED': { vi: 'Cần tên công trình, phần việc.', en: 'The output needs a name.' },
  'OUTPUT.DOMAIN_UNKNOWN': { vi: 'Lĩnh vực không hợp lệ[; dùng một trong: {allowed}].', en: 'Unknown domain[; use one of: {allowed}].' },
  'OUTPUT.MEASURES_INVALID': { vi: 'Danh sách chỉ số không hợp lệ.', en: 'The list of measures is invalid.' },
  'OUTPUT.MEASURE_UNKNOWN': {
    vi: 'Chỉ số[ {measureId}] không có trong danh mục[ ({field})].',
    en: 'The measure[ {measureId}] is not in the catalogue[ ({field})].',
  },
  'OUTPUT.MEASURE_RETIRED': {
    vi: 'Chỉ số[ {measureId}] đã ngừng sử dụng[ ({field})].',
    en: 'The measure[ {measureId}] is retired[ ({field})].',
  },
  'OUTPUT.MEASURE_DUPLICATE': {
    vi: 'Chỉ số[ {measureId}] được nhập hai lần[ ({field})].',
    en: 'The measure[ {measureId}] is given twice[ ({field})].',
  },
  'OUTPUT.MEASURE_VALUE_INVALID': {
    vi: 'Giá trị chỉ số không hợp lệ[ ở trường {field}]: chỉ số đếm nhận số nguyên không âm, chỉ số đo lường nhận số không âm.',
    en: 'Invalid measure value[ in {field}]: counts take whole numbers of zero or more, quantities numbers of zero or more.',
  },
  'OUTPUT.VALUATION_INVALID': { vi: 'Giá trị công trình là số nguyên đồng (VND) không âm.', en: 'A valuation is a whole number of VND, zero or more.' },
  'OUTPUT.ALREADY_RECORDED': {
    vi: 'Mã công trình, phần việc này đã được ghi nhận với nội dung khác.',
    en: 'This output id is already recorded with other details.',
  },
  'OUTPUT.NOT_FOUND': { vi: 'Không tìm thấy công trình, phần việc trong hoạt động.', en: 'The output was not found on the activity.' },
  'OUTPUT.WITHDRAW_REASON_REQUIRED': { vi: 'Cần nêu lý do rút công trình, phần việc.', en: 'A reason for withdrawing the output is required.' },
  'RESOURCE.ACTIVITY_CANCELLED': { vi: 'Hoạt động đã bị huỷ, không thể ghi nhận nguồn lực.', en: 'The activity was cancelled; no resources can be recorded.' },
  'RESOURCE.ID_REQUIRED': { vi: 'Cần mã bản ghi nguồn lực.', en: 'A resource id is required.' },
  'RESOURCE.SOURCE_UNKNOWN': { vi: 'Nguồn huy động không hợp lệ[; dùng một trong: {allowed}].', en: 'Unknown source[; use one of: {allowed}].' },
  'RESOURCE.FORM_UNKNOWN': {
    vi: 'Hình thức không hợp lệ; dùng cash (tiền mặt) hoặc in-kind (hiện vật).',
    en: 'Unknown form; use cash or in-kind.',
  },
  'RESOURCE.FORM_MISMATCH': {
    vi: 'Trường[ {field}] không áp dụng cho hình thức này: tiền mặt ghi số tiền, hiện vật ghi mô tả và giá trị quy đổi.',
    en: 'The field[ {field}] does not apply to this form: cash takes an amount, goods a description and a valuation.',
  },
  'RESOURCE.AMOUNT_INVALID': { vi: 'Số tiền là số nguyên đồng (VND) lớn hơn 0.', en: 'An amount is a whole number of VND, greater than zero.' },
  'RESOURCE.DESCRIPTION_REQUIRED': { vi: 'Cần mô tả hiện vật.', en: 'The goods need a description.' },
  'RESOURCE.QUANTITY_INVALID': { vi: 'Số lượng phải lớn hơn 0.', en: 'A quantity must be greater than zero.' },
  'RESOURCE.UNIT_REQUIRED': { vi: 'Đơn vị tính không được để trống.', en: 'The unit label cannot be blank.' },
  'RESOURCE.VALUATION_INVALID': {
    vi: 'Giá trị quy đổi của hiện vật là số nguyên đồng (VND) không âm.',
    en: 'The valuation of goods is a whole number of VND, zero or more.',
  },
  'RESOURCE.DONOR_NAME_NOT_ALLOWED': {
    vi: 'Không ghi tên nhà tài trợ là cá nhân hay kiều bào (dữ liệu cá nhân); chỉ ghi tên tổ chức, doanh nghiệp.',
    en: 'Donors who are individuals or Vietnamese abroad are not named (personal data); only organisations are.',
  },
  'RESOURCE.ALREADY_RECORDED': { vi: 'Mã bản ghi nguồn lực này đã được ghi nhận với nội dung khác.', en: 'This resource id is already recorded with other details.' },
  'RESOURCE.NOT_FOUND': { vi: 'Không tìm thấy bản ghi nguồn lực trong hoạt động.', en: 'The resource record was not found on the activity.' },
  'RESOURCE.WITHDRAW_REASON_REQUIRED': { vi: 'Cần nêu lý do rút bản ghi nguồn lực.', en: 'A reason for withdrawing the resource record is required.' },
};

const ATTENDANCE_OPERATIONS: Record<string, MessageTemplate> = {
  'ATTENDANCE.RECORDS_REQUIRED': { vi: 'Cần danh sách bản ghi điểm danh.', en: 'A list of attendance records is required.' },
  'ATTENDANCE.RECORD_ID_REQUIRED': { vi: 'Mỗi bản ghi điểm danh cần mã do thiết bị tạo[ ({field})].', en: 'Each attendance record needs its device-generated id[ ({field})].' },
  'ATTENDANCE.VOLUNTEER_REQUIRED': { vi: 'Cần tình nguyện viên của bản ghi[ ({field})].', en: 'The record needs its volunteer[ ({field})].' },
  'ATTENDANCE.KIND_UNKNOWN': { vi: 'Loại điểm danh là check-in hoặc check-out[ ({field})].', en: 'The kind of record is check-in or check-out[ ({field})].' },
  'ATTENDANCE.METHOD_UNKNOWN': { vi: 'Cách điểm danh là team-leader hoặc qr-code[ ({field})].', en: 'The method is team-leader or qr-code[ ({field})].' },
  'ATTENDANCE.RECORDER_REQUIRED': { vi: 'Cần người tải lên bản ghi.', en: 'Who uploads the records is required.' },
  'ATTENDANCE.CORRECTION_ID_REQUIRED': { vi: 'Cần mã đề nghị điều chỉnh.', en: 'A correction id is required.' },
  'ATTENDANCE.CORRECTION_REASON_REQUIRED': { vi: 'Cần nêu lý do điều chỉnh điểm danh.', en: 'A reason for the correction is required.' },
  'ATTENDANCE.REQUESTER_REQUIRED': { vi: 'Cần người đề nghị điều chỉnh.', en: 'Who requests the correction is required.' },
  'ATTENDANCE.CORRECTION_EMPTY': { vi: 'Đề nghị điều chỉnh phải hủy hoặc bổ sung ít nhất một bản ghi.', en: 'A correction voids or adds at least one record.' },
  'ATTENDANCE.RECORD_NOT_FOUND': { vi: 'Tình nguyện viên không có bản ghi điểm danh này[ ({field})].', en: 'The volunteer has no such attendance record[ ({field})].' },
  'ATTENDANCE.CORRECTION_OTHER_VOLUNTEER': { vi: 'Một đề nghị điều chỉnh chỉ liên quan đến một tình nguyện viên[ ({field})].', en: 'A correction concerns one volunteer only[ ({field})].' },
  'ATTENDANCE.RECORD_CONFLICT': {
    vi: 'Mã bản ghi điểm danh này đã được dùng cho một bản ghi khác[ ({field})]; mỗi bản ghi cần mã riêng.',
    en: 'This attendance record id is already used for another record[ ({field})]; each record needs its own id.',
  },
  'ATTENDANCE.OUTSIDE_SHIFT': {
    vi: 'Thời điểm điểm danh nằm ngoài ca làm việc[ ({startsAt} – {endsAt})], kể cả một giờ trước và sau ca[ ({field})].',
    en: 'The attendance time is outside the shift[ ({startsAt} – {endsAt})], even allowing an hour before and after[ ({field})].',
  },
  'ATTENDANCE.TIME_AHEAD': { vi: 'Thời điểm điểm danh muộn hơn thời điểm hiện tại[ ({field})].', en: 'The attendance time is later than now[ ({field})].' },
  'ATTENDANCE.RECORD_EXISTS': { vi: 'Bản ghi điểm danh này đã có[ ({field})].', en: 'This attendance record already exists[ ({field})].' },
  'ATTENDANCE.CORRECTION_NOT_FOUND': { vi: 'Không tìm thấy đề nghị điều chỉnh.', en: 'The correction was not found.' },
  'ATTENDANCE.CORRECTION_DECIDED': { vi: 'Đề nghị điều chỉnh này đã được xử lý.', en: 'This correction has already been decided.' },
  'ATTENDANCE.SELF_APPROVAL': { vi: 'Người đề nghị không tự duyệt đề nghị điều chỉnh của mình.', en: 'A correction is decided by someone other than its requester.' },
  'ATTENDANCE.APPROVER_REQUIRED': { vi: 'Cần người duyệt.', en: 'An approver is required.' },
  'ATTENDANCE.REJECT_REASON_REQUIRED': { vi: 'Cần nêu lý do từ chối.', en: 'A reason for rejecting is required.' },
  'HIERARCHY.CATCHING_UP': {
    vi: 'Dữ liệu cơ cấu tổ chức đang được cập nhật. Vui lòng thử lại sau giây lát.',
    en: 'The organisation structure is still being brought up to date. Please try again in a moment.',
  },
  'CHECK_IN.CODE_INVALID': { vi: 'Mã QR không phải mã điểm danh của ca này.', en: 'The QR code is not a check-in code of this shift.' },
  'CHECK_IN.OUTSIDE_WINDOW': {
    vi: 'Thời điểm quét nằm ngoài thời gian mã được hiển thị; hãy quét mã đang hiển thị tại địa điểm.',
    en: 'The scan time is outside the time the code was shown; scan the code shown at the site now.',
  },
  'CHECK_IN.NOT_OPEN': {
    vi: 'Chỉ có mã điểm danh từ 1 giờ trước khi ca bắt đầu đến 1 giờ sau khi ca kết thúc.',
    en: 'Check-in codes are shown from an hour before the shift starts until an hour after it ends.',
  },
  'CHECK_IN.CODE_EXPIRED': { vi: 'Bản ghi quét mã phải được gửi trong vòng 6 giờ.', en: 'A scan of this code had to be sent within six hours.' },
  'CHECK_IN.TIME_AHEAD': { vi: 'Thời điểm quét mã muộn hơn thời điểm hiện tại.', en: 'The scan time is later than now.' },
  'CHECK_IN.NOT_CONFIRMED': { vi: 'Chỉ tình nguyện viên đã có chỗ trong ca mới tự điểm danh.', en: 'Only a volunteer with a confirmed place on the shift checks in.' },
  'CHECK_IN.VOLUNTEER_ONLY': { vi: 'Chỉ tài khoản tình nguyện viên mới tự điểm danh bằng mã QR.', en: 'Only a volunteer account checks in with a QR code.' },
};

export const ERROR_CATALOG: Readonly<Record<string, MessageTemplate>> = {
  ...GATEWAY,
  ...UNIT,
  ...CADRE,
  ...VOLUNTEER,
  ...ACCOUNT,
  ...ACTIVITY_OPERATIONS,
  ...SHIFT_OPERATIONS,
  ...CERTIFICATE_OPERATIONS,
  ...OUTPUT_OPERATIONS,
  ...ATTENDANCE_OPERATIONS,
  ...REGISTRY_MESSAGES,
  ...CAMPAIGNS_MESSAGES,
  ...GATEWAY_MESSAGES,
};

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

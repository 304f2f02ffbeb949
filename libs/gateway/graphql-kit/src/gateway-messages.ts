import type { MessageTemplate } from './message-template';

const INVALID_DATE = {
  vi: 'Ngày không hợp lệ[ ở trường {field}]; hãy dùng định dạng YYYY-MM-DD.',
  en: 'Invalid date[ in {field}]; use the YYYY-MM-DD format.',
} as const;

/**
 * The messages of the gateway's own codes (request shape, limits, consistency, retries) and of
 * the platform-wide ones every context may answer with (command and input checks, dates,
 * FORBIDDEN, tokens and sessions). A context's own codes have their messages beside its slice.
 */
export const GATEWAY_MESSAGES = {
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
  // Request shape, coercion, consistency and retry hints.
  // The service received the command after the gateway stopped waiting: nothing was done.
  'COMMAND.DEADLINE_EXCEEDED': {
    vi: 'Hệ thống đang bận nên yêu cầu đã quá hạn và chưa được thực hiện; vui lòng gửi lại.',
    en: 'The system was busy and the request expired before it was carried out; nothing was changed, please send it again.',
  },
  // Load shedding: the service behind is slower than its target, so the command was not sent at all.
  'GATEWAY.BUSY': {
    vi: 'Hệ thống đang quá tải nên yêu cầu chưa được gửi đi và chưa có gì thay đổi; vui lòng thử lại sau[ {retryAfterSeconds} giây].',
    en: 'The system is overloaded, so the request was not sent and nothing was changed; please try again[ in {retryAfterSeconds} seconds].',
  },
  // A value of the wrong type in an argument or variable; the value itself is never repeated.
  'REQUEST.FIELD_MISSING': {
    vi: 'Thiếu trường bắt buộc[ {field}][ (kiểu {expected})].',
    en: 'A required field is missing[: {field}][ (of type {expected})].',
  },
  'REQUEST.ARGUMENT_MISSING': {
    vi: 'Thiếu tham số bắt buộc[ {field}][ của {operation}][ (kiểu {expected})].',
    en: 'A required argument is missing[: {field}][ of {operation}][ (of type {expected})].',
  },
  'REQUEST.FIELD_UNKNOWN': {
    vi: 'Trường[ {field}] không có[ trong kiểu {type}].',
    en: 'There is no field[ {field}][ in type {type}].',
  },
  'REQUEST.ARGUMENT_UNKNOWN': {
    vi: 'Tham số[ {field}] không có[ ở {operation}].',
    en: 'There is no argument[ {field}][ on {operation}].',
  },
  'REQUEST.SYNTAX': {
    vi: 'Truy vấn GraphQL sai cú pháp; xem vị trí được chỉ ra (locations).',
    en: 'The GraphQL query has a syntax error; see the position given (locations).',
  },
  VALUE_TYPE_INVALID: {
    vi: 'Giá trị không đúng kiểu dữ liệu[ ở trường {field}][; cần kiểu {expected}].',
    en: 'Wrong type of value[ in {field}][; expected {expected}].',
  },
  REQUEST_TOO_LARGE: {
    vi: 'Yêu cầu quá lớn[; tối đa {maxBytes} byte].',
    en: 'The request is too large[; at most {maxBytes} bytes].',
  },
  REQUEST_BODY_INVALID: {
    vi: 'Nội dung yêu cầu không phải JSON hợp lệ.',
    en: 'The request body is not valid JSON.',
  },
  // No reply in time: the change may or may not have been made (docs/adr/0012-idempotency-keys.md).
  'COMMAND.OUTCOME_UNKNOWN': {
    vi: 'Không nhận được phản hồi kịp thời nên chưa rõ thay đổi đã được thực hiện hay chưa.[ Gửi lại với cùng {sameKeyHeader} là an toàn: thay đổi chỉ được thực hiện một lần.][ Yêu cầu này không có {missingKeyHeader}: gửi lại có thể thực hiện thay đổi hai lần, hãy kiểm tra trước.]',
    en: 'No answer came in time, so whether the change was made is unknown.[ Sending it again with the same {sameKeyHeader} is safe: the change is made at most once.][ This request had no {missingKeyHeader}: sending it again may make the change twice, so check first.]',
  },
  'INPUT.IDEMPOTENCY_KEY_ONE_MUTATION': {
    vi: 'Một {field} chỉ áp dụng cho một thao tác thay đổi dữ liệu; hãy gửi mỗi thao tác trong một yêu cầu riêng với khoá riêng.',
    en: 'An {field} applies to a single mutation; send each mutation in its own request with its own key.',
  },
  CONSISTENCY_TOKEN_INVALID: {
    vi: 'Mã nhất quán (tn-consistency-token) không hợp lệ; hãy dùng đúng mã mà thao tác thay đổi dữ liệu đã trả về.',
    en: 'The consistency token (tn-consistency-token) is invalid; send back the token a change returned, unaltered.',
  },
  CONSISTENCY_TOKENS_TOO_MANY: {
    vi: 'Quá nhiều mã nhất quán (tn-consistency-token) trong một yêu cầu[; tối đa {max} mã, yêu cầu này có {actual}].',
    en: 'Too many consistency tokens (tn-consistency-token) in one request[; at most {max}, this one has {actual}].',
  },
  CONSISTENCY_NOT_VISIBLE: {
    vi: 'Thay đổi mà yêu cầu này chờ chưa hiển thị kịp, nên yêu cầu chưa được thực hiện. Vui lòng gửi lại sau giây lát với cùng mã nhất quán.',
    en: 'The change this request waits for is not visible yet, so the request was not run. Please send it again in a moment with the same consistency token.',
  },
  NOT_KNOWN_YET: {
    vi: 'Hệ thống chưa cập nhật kịp dữ liệu vừa tạo[ ({field})]; chưa có thay đổi nào được ghi nhận. Vui lòng thử lại sau giây lát.',
    en: 'The data just created is not known here yet[ ({field})]; nothing was changed. Please try again in a moment.',
  },
  // Bearer tokens and sessions, checked by the gateway and by every context.
  'AUTH.SESSION_ENDED': {
    vi: 'Phiên đăng nhập đã kết thúc. Vui lòng đăng nhập lại.',
    en: 'The session has ended. Please sign in again.',
  },
  'AUTH.TOKEN_INVALID': { vi: 'Mã truy cập không hợp lệ.', en: 'The access token is invalid.' },
  'AUTH.TOKEN_EXPIRED': { vi: 'Mã truy cập đã hết hạn.', en: 'The access token has expired.' },
} as const satisfies Readonly<Record<string, MessageTemplate>>;

/** A code whose message the gateway itself holds. */
type GatewayErrorCode = keyof typeof GATEWAY_MESSAGES;

/**
 * A context's messages: one for every code of its union that is not the gateway's, so a code
 * without a message, or a message without a code, fails to compile.
 */
export type ContextMessages<Code extends string> = Readonly<Record<Exclude<Code, GatewayErrorCode>, MessageTemplate>>;

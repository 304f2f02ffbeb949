import type { MessageTemplate } from '../error-catalog';

// Codes of the gateway itself: request shape, coercion, consistency and retry hints.
export const GATEWAY_MESSAGES: Readonly<Record<string, MessageTemplate>> = {
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
};

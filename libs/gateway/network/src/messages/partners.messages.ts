import type { PartnerErrorCode } from '@tn/network-contracts';
import type { ContextMessages } from '@tn/gateway-graphql-kit';

/** Partners, their accounts and their cooperation agreements (libs/network/domain/src/partners). */
export const PARTNER_MESSAGES: ContextMessages<PartnerErrorCode> = {
  'PARTNER.ACTOR_REQUIRED': { vi: 'Không xác định được người thực hiện thao tác.', en: 'The acting user is missing.' },
  'PARTNER.TEXT_REQUIRED': {
    vi: 'Nội dung bắt buộc còn để trống[ ({field})]: tên đối tác.',
    en: "A required text is blank[ ({field})]: the partner's name.",
  },
  'PARTNER.DATE_INVALID': {
    vi: 'Ngày thực hiện không hợp lệ[ ở trường {field}]; hãy dùng định dạng YYYY-MM-DD.',
    en: 'The date of the act is invalid[ in {field}]; use the YYYY-MM-DD format.',
  },
  'PARTNER.ALREADY_EXISTS': {
    vi: 'Mã đối tác[ {partnerId}] đã được sử dụng; hãy chọn mã khác.',
    en: 'The partner id[ {partnerId}] is already used; choose another id.',
  },
  'PARTNER.NOT_FOUND': { vi: 'Không tìm thấy đối tác[ {partnerId}].', en: 'The partner[ {partnerId}] was not found.' },
  'PARTNER.KIND_UNKNOWN': {
    vi: 'Loại đối tác không hợp lệ; dùng business (doanh nghiệp), social-organisation (tổ chức xã hội), agency (cơ quan), school (trường học), international-organisation (tổ chức quốc tế) hoặc overseas-vietnamese (kiều bào).',
    en: 'Unknown kind of partner; use business, social-organisation, agency, school, international-organisation or overseas-vietnamese.',
  },
  'PARTNER.COUNTRY_CODE_INVALID': {
    vi: 'Mã quốc gia không hợp lệ[ ({countryCode})]; dùng mã 2 chữ cái theo ISO 3166-1 (ví dụ VN, US, JP).',
    en: 'Invalid country code[ ({countryCode})]; use the two-letter ISO 3166-1 code (for example VN, US, JP).',
  },
  'PARTNER.WEBSITE_INVALID': {
    vi: 'Địa chỉ trang web phải là một địa chỉ http hoặc https đầy đủ, không chứa tên đăng nhập hay mật khẩu.',
    en: 'The website must be a full http or https address, without a user name or password.',
  },
  'PARTNER.ACCOUNT_NOT_FOUND': {
    vi: 'Không tìm thấy tài khoản[ {accountId}] đang hoạt động (tài khoản không tồn tại hoặc đã bị đóng).',
    en: 'No open account[ {accountId}] was found (it does not exist or is closed).',
  },
  'PARTNER.ACCOUNT_NOT_PARTNER': {
    vi: 'Tài khoản[ {accountId}] không phải tài khoản đối tác[ (loại {kind})]; chỉ tài khoản loại partner mới được gắn với đối tác.',
    en: 'The account[ {accountId}] is not a partner account[ (kind {kind})]; only accounts of kind partner can be linked to a partner.',
  },
  'PARTNER.ACCOUNT_LINKED_ELSEWHERE': {
    vi: 'Tài khoản[ {accountId}] đã được gắn với một đối tác khác; mỗi tài khoản chỉ thuộc một đối tác.',
    en: 'The account[ {accountId}] is already linked to another partner; an account belongs to one partner only.',
  },
  'PARTNER.ACCOUNT_NOT_LINKED': {
    vi: 'Tài khoản[ {accountId}] không được gắn với đối tác này.',
    en: 'The account[ {accountId}] is not linked to this partner.',
  },
  'AGREEMENT.ALREADY_EXISTS': {
    vi: 'Mã thỏa thuận[ {agreementId}] đã được sử dụng; hãy chọn mã khác.',
    en: 'The agreement id[ {agreementId}] is already used; choose another id.',
  },
  'AGREEMENT.NOT_FOUND': { vi: 'Không tìm thấy thỏa thuận hợp tác[ {agreementId}].', en: 'The agreement[ {agreementId}] was not found.' },
  'AGREEMENT.TEXT_REQUIRED': {
    vi: 'Nội dung bắt buộc còn để trống[ ({field})]: tiêu đề, phạm vi hợp tác, mã, nội dung hoặc đơn vị tính của cam kết, hoặc lý do.',
    en: "A required text is blank[ ({field})]: a title, the scope, a commitment's id, description or measure, or a reason.",
  },
  'AGREEMENT.DATE_INVALID': {
    vi: 'Ngày không hợp lệ[ ở trường {field}]; hãy dùng định dạng YYYY-MM-DD.',
    en: 'Invalid date[ in {field}]; use the YYYY-MM-DD format.',
  },
  'AGREEMENT.SIGNED_IN_FUTURE': {
    vi: 'Ngày ký[ {date}] không được sau ngày hôm nay[ ({today})].',
    en: 'The signing date[ {date}] cannot be after today[ ({today})].',
  },
  'AGREEMENT.VALIDITY_INVALID': {
    vi: 'Thời hạn hiệu lực không hợp lệ: ngày kết thúc[ {validTo}] không được trước ngày bắt đầu[ {validFrom}].',
    en: 'Invalid validity: the end date[ {validTo}] cannot be before the start date[ {validFrom}].',
  },
  'AGREEMENT.FIELD_UNKNOWN': {
    vi: 'Lĩnh vực không hợp lệ[ ({field})]; dùng một trong các lĩnh vực tình nguyện của hệ thống.',
    en: 'Unknown field of work[ ({field})]; use one of the fields of volunteer work.',
  },
  'AGREEMENT.PARTY_UNITS_INVALID': {
    vi: 'Danh sách đơn vị tham gia không hợp lệ: mỗi đơn vị chỉ ghi một lần và không ghi lại đơn vị chủ trì[ {leadUnitId}].',
    en: 'Invalid party units: each unit is listed once, and the lead unit[ {leadUnitId}] is not listed again.',
  },
  'AGREEMENT.COMMITMENT_KIND_UNKNOWN': {
    vi: 'Loại cam kết không hợp lệ[ ({field})]; dùng people (nhân lực), items (hiện vật) hoặc money (kinh phí).',
    en: 'Unknown kind of commitment[ ({field})]; use people, items or money.',
  },
  'AGREEMENT.COMMITMENT_QUANTITY_INVALID': {
    vi: 'Số lượng cam kết phải lớn hơn 0[ ({field})]; số người phải là số nguyên.',
    en: 'A committed quantity must be above 0[ ({field})]; people are counted in whole numbers.',
  },
  'AGREEMENT.COMMITMENT_ID_DUPLICATE': {
    vi: 'Mã cam kết[ {commitmentId}] bị trùng; mỗi cam kết cần một mã riêng.',
    en: 'The commitment id[ {commitmentId}] is listed twice; each commitment needs its own id.',
  },
  'AGREEMENT.TERMINATED': {
    vi: 'Thỏa thuận[ {agreementId}] đã chấm dứt[ từ ngày {on}]: không thể sửa đổi hay chấm dứt lại.',
    en: 'The agreement[ {agreementId}] is terminated[ from {on}]: it can no longer be amended or terminated.',
  },
  'AGREEMENT.TERMINATION_OUTSIDE_VALIDITY': {
    vi: 'Ngày chấm dứt[ {on}] phải nằm trong thời hạn hiệu lực của thỏa thuận[ (từ {validFrom} đến {validTo})].',
    en: 'The termination date[ {on}] must lie within the validity of the agreement[ (from {validFrom} to {validTo})].',
  },
  'AGREEMENT.DATE_IN_PAST': {
    vi: 'Ngày chấm dứt hoặc ngày hết hiệu lực mới[ {date}] không được trước hôm nay[ ({today})]: không sửa lại những ngày thỏa thuận đã qua.',
    en: 'A termination date or new end date[ {date}] cannot be before today[ ({today})]: an agreement’s past days are not changed.',
  },
};

import type { QualificationErrorCode } from '@tn/training-contracts';
import type { ContextMessages } from '@tn/gateway-graphql-kit';

/** Qualification kinds and trainee records (libs/training/domain/src/qualifications). */
export const QUALIFICATION_MESSAGES: ContextMessages<QualificationErrorCode> = {
  'QUALIFICATION.ALREADY_HELD': {
    vi: 'Người này đang có chứng chỉ loại này còn hiệu lực.',
    en: 'This person already holds a valid qualification of this kind.',
  },
  'QUALIFICATION.ALREADY_REVOKED': {
    vi: 'Chứng chỉ này đã bị thu hồi[ từ ngày {revokedOn}].',
    en: 'This qualification was already revoked[ from {revokedOn}].',
  },
  'QUALIFICATION.DATE_AFTER_TODAY': {
    vi: 'Ngày ghi nhận không được sau ngày hôm nay[ ({field})].',
    en: 'The date cannot be after today[ ({field})].',
  },
  'QUALIFICATION.DATE_INVALID': {
    vi: 'Ngày không hợp lệ[ ở trường {field}]; hãy dùng định dạng YYYY-MM-DD.',
    en: 'Invalid date[ in {field}]; use the YYYY-MM-DD format.',
  },
  'QUALIFICATION.EXTENSION_EXISTS': {
    vi: 'Mã gia hạn[ {extensionId}] đã được dùng cho một đợt gia hạn khác.',
    en: 'The extension id[ {extensionId}] was already used for another extension.',
  },
  'QUALIFICATION.EXTENSION_PERIOD_INVALID': {
    vi: 'Khoảng thời gian hết hạn được gia hạn không hợp lệ: ngày cuối không được trước ngày đầu[ ({expiringFrom} – {expiringTo})].',
    en: 'The expiry window of the extension is invalid: it cannot end before it starts[ ({expiringFrom} – {expiringTo})].',
  },
  'QUALIFICATION.ID_LIST_INVALID': {
    vi: 'Danh sách mã không hợp lệ[ ({field})]: mỗi mã có giá trị, không lặp lại, và một loại chứng chỉ không là điều kiện của chính nó.',
    en: 'Invalid list of ids[ ({field})]: every id has a value, none is repeated, and a kind is not its own prerequisite.',
  },
  'QUALIFICATION.KIND_ALREADY_DEFINED': {
    vi: 'Mã loại chứng chỉ[ {kindId}] đã được sử dụng; hãy chọn mã khác.',
    en: 'The qualification kind id[ {kindId}] is already used; choose another id.',
  },
  'QUALIFICATION.KIND_NOT_FOUND': { vi: 'Không tìm thấy loại chứng chỉ[ {kindId}].', en: 'The qualification kind[ {kindId}] was not found.' },
  'QUALIFICATION.LEADING_RENEWS_TRAINERS_ONLY': {
    vi: 'Chỉ chứng chỉ giảng viên mới được gia hạn bằng việc giảng dạy một khoá đào tạo.',
    en: 'Only a trainer qualification is renewed by leading a course.',
  },
  'QUALIFICATION.NUMBER_OUT_OF_RANGE': {
    vi: 'Giá trị phải là số nguyên trong khoảng cho phép[ ở trường {field}][ (từ {min} đến {max})].',
    en: 'The value must be a whole number within range[ in {field}][ ({min} to {max})].',
  },
  'QUALIFICATION.PERSON_KIND_UNKNOWN': {
    vi: 'Loại người học không hợp lệ; dùng cadre (cán bộ) hoặc volunteer (tình nguyện viên).',
    en: 'Unknown kind of person; use cadre or volunteer.',
  },
  'QUALIFICATION.RECORD_EXISTS': {
    vi: 'Mã chứng chỉ[ {recordId}] đã có trong hồ sơ của người này.',
    en: "The record id[ {recordId}] already exists in this person's records.",
  },
  'QUALIFICATION.RECORD_NOT_FOUND': {
    vi: 'Không tìm thấy chứng chỉ[ {recordId}] trong hồ sơ của người này.',
    en: "The record[ {recordId}] was not found in this person's records.",
  },
  'QUALIFICATION.REVOKED_BEFORE_GRANT': {
    vi: 'Ngày thu hồi không được trước ngày cấp chứng chỉ[ ({grantedOn})].',
    en: 'A qualification cannot be revoked before it was granted[ ({grantedOn})].',
  },
  'QUALIFICATION.TEXT_REQUIRED': {
    vi: 'Nội dung bắt buộc còn để trống[ ({field})].',
    en: 'A required text is blank[ ({field})].',
  },
};

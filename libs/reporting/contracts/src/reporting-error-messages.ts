import type { ReportingErrorCode } from './reporting-error-codes';

/** A message in Vietnamese and English: `{name}` is filled from the error's field and details, a `[...]` part kept only when all its names have values. */
export interface ReportingMessage {
  readonly vi: string;
  readonly en: string;
}

/**
 * What the reporting context's codes say (the gateway's error catalogue takes it as it is).
 * Typed by REPORTING_ERROR_CODES: a code added without its message fails to compile.
 */
export const REPORTING_ERROR_MESSAGES: Readonly<Record<ReportingErrorCode, ReportingMessage>> = {
  'REPORTING.ACTOR_REQUIRED': { vi: 'Không xác định được người thực hiện thao tác.', en: 'The acting user is missing.' },
  'REPORTING.TIME_INVALID': { vi: 'Thời điểm thực hiện thao tác không hợp lệ.', en: 'The time of the action is invalid.' },

  'INDICATOR.ID_RESERVED': {
    vi: 'Mã chỉ tiêu[ {indicatorId}] trùng với một chỉ tiêu của Chương trình (K1–K5); hãy chọn mã khác.',
    en: 'The indicator id[ {indicatorId}] is one of the programme indicators (K1–K5); choose another id.',
  },
  'INDICATOR.ALREADY_EXISTS': {
    vi: 'Mã chỉ tiêu[ {indicatorId}] đã được sử dụng; hãy chọn mã khác.',
    en: 'The indicator id[ {indicatorId}] is already used; choose another id.',
  },
  'INDICATOR.NOT_FOUND': { vi: 'Không tìm thấy chỉ tiêu[ {indicatorId}].', en: 'The indicator[ {indicatorId}] was not found.' },
  'INDICATOR.RETIRED': {
    vi: 'Chỉ tiêu[ {indicatorId}] đã ngừng sử dụng: không thể sửa đổi.',
    en: 'The indicator[ {indicatorId}] is retired: it can no longer be changed.',
  },
  'INDICATOR.TEXT_REQUIRED': {
    vi: 'Nội dung bắt buộc còn để trống[ ({field})]: mã hiệu, tên, đơn vị tính hoặc lý do.',
    en: 'A required text is blank[ ({field})]: a code, a name, the unit or a reason.',
  },
  'INDICATOR.TARGET_YEAR_INVALID': {
    vi: 'Năm của mục tiêu không hợp lệ[ ({field})]; dùng một năm từ 2000 đến 2100.',
    en: 'Invalid target year[ ({field})]; use a year from 2000 to 2100.',
  },
  'INDICATOR.TARGET_VALUE_INVALID': {
    vi: 'Giá trị mục tiêu không hợp lệ[ ({field})]; dùng một số từ 0 trở lên.',
    en: 'Invalid target value[ ({field})]; use a number of 0 or more.',
  },
  'INDICATOR.TARGET_DIRECTION_UNKNOWN': {
    vi: 'Chiều của mục tiêu không hợp lệ[ ({field})]; dùng at-least (tối thiểu) hoặc at-most (tối đa).',
    en: 'Unknown target direction[ ({field})]; use at-least or at-most.',
  },
  'INDICATOR.TARGET_YEAR_DUPLICATE': {
    vi: 'Mỗi năm chỉ có một mục tiêu[; năm {year} có hơn một].',
    en: 'One target per year[; {year} has more than one].',
  },

  'FORMULA.INVALID': {
    vi: 'Công thức không hợp lệ[ ở {field}]: sai kiểu dữ liệu hoặc thiếu thành phần.',
    en: 'Invalid formula[ at {field}]: a part is missing or of the wrong type.',
  },
  'FORMULA.FIELD_UNKNOWN': {
    vi: 'Công thức có thành phần không được hỗ trợ[: {field}].',
    en: 'The formula has a field it does not support[: {field}].',
  },
  'FORMULA.KIND_UNKNOWN': {
    vi: 'Loại công thức không hợp lệ; dùng count (đếm), ratio (tỷ lệ) hoặc coverage (độ bao phủ).',
    en: 'Unknown kind of formula; use count, ratio or coverage.',
  },
  'FORMULA.SOURCE_UNKNOWN': {
    vi: 'Nguồn số liệu không hợp lệ[ ở {field}]; dùng flows, units, cadres, groups, partners hoặc declared.',
    en: 'Unknown source of figures[ at {field}]; use flows, units, cadres, groups, partners or declared.',
  },
  'FORMULA.KINDS_REQUIRED': {
    vi: 'Cần chọn ít nhất một loại sự kiện để đếm[ ({field})].',
    en: 'Name at least one kind of fact to count[ ({field})].',
  },
  'FORMULA.FLOW_KIND_UNKNOWN': {
    vi: 'Loại sự kiện không hợp lệ[ ({field})]; dùng activity, campaign, output, resource hoặc joint-activity.',
    en: 'Unknown kind of fact[ ({field})]; use activity, campaign, output, resource or joint-activity.',
  },
  'FORMULA.AGGREGATE_UNKNOWN': {
    vi: 'Cách tổng hợp không hợp lệ[ ({field})]; dùng count (đếm) hoặc quantity (cộng số lượng).',
    en: 'Unknown aggregate[ ({field})]; use count or quantity.',
  },
  'FORMULA.QUANTITY_NOT_SUMMABLE': {
    vi: 'Chỉ cộng được số lượng của kết quả (output) và nguồn lực (resource)[; {kind} không có số lượng].',
    en: 'Only outputs and resources have a quantity to sum[; {kind} has none].',
  },
  'FORMULA.GROUP_STATE_UNKNOWN': {
    vi: 'Trạng thái nhóm không hợp lệ[ ({field})]; dùng registered (đã đăng ký), verified (đã xác minh) hoặc active (đang hoạt động).',
    en: 'Unknown group state[ ({field})]; use registered, verified or active.',
  },
  'FORMULA.DECLARED_KEY_UNKNOWN': {
    vi: 'Số liệu đơn vị kê khai không hợp lệ[ ({field})]; dùng activities-held (số hoạt động đã tổ chức).',
    en: 'Unknown declared figure[ ({field})]; use activities-held.',
  },
  'FORMULA.FILTER_VALUES_INVALID': {
    vi: 'Điều kiện lọc[ {field}] phải có ít nhất một giá trị và không có giá trị trống.',
    en: 'The filter[ {field}] must list at least one value, none blank.',
  },
  'FORMULA.FACTOR_NOT_POSITIVE': {
    vi: 'Hệ số nhân phải lớn hơn 0 (100 cho tỷ lệ phần trăm).',
    en: 'The factor must be more than 0 (100 for a percentage).',
  },
  'FORMULA.AT_LEAST_NEGATIVE': {
    vi: 'Ngưỡng tối thiểu của độ bao phủ không được âm.',
    en: "The coverage's threshold cannot be negative.",
  },

  'DECLARED.PERIOD_INVALID': {
    vi: 'Kỳ báo cáo[ {period}] không hợp lệ; dùng Y2025 (năm), H2025-1 (6 tháng), Q2025-3 (quý) hoặc M2025-07 (tháng).',
    en: 'Invalid period[ {period}]; use Y2025 (year), H2025-1 (half), Q2025-3 (quarter) or M2025-07 (month).',
  },
  'DECLARED.PERIOD_NOT_STARTED': {
    vi: 'Kỳ báo cáo[ {period}] chưa bắt đầu[ (từ ngày {from})]: chưa thể kê khai số liệu.',
    en: 'The period[ {period}] has not begun yet[ (it starts on {from})]: nothing can be declared for it.',
  },
  'DECLARED.KEY_UNKNOWN': {
    vi: 'Loại số liệu kê khai không hợp lệ[ ({key})]; dùng activities-held (số hoạt động đã tổ chức).',
    en: 'Unknown declared figure[ ({key})]; use activities-held.',
  },
  'DECLARED.VALUE_INVALID': {
    vi: 'Số liệu kê khai phải là số nguyên từ 0 trở lên.',
    en: 'The declared figure must be a whole number of 0 or more.',
  },
};

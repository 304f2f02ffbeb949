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

  'PUBLISHED.PERIOD_INVALID': {
    vi: 'Kỳ báo cáo[ {period}] không hợp lệ; dùng Y2025 (năm), H2025-1 (6 tháng), Q2025-3 (quý) hoặc M2025-07 (tháng).',
    en: 'Invalid period[ {period}]; use Y2025 (year), H2025-1 (half), Q2025-3 (quarter) or M2025-07 (month).',
  },
  'PUBLISHED.PERIOD_NOT_STARTED': {
    vi: 'Kỳ báo cáo[ {period}] chưa bắt đầu[ (từ ngày {from})]: chỉ công bố được kỳ đã kết thúc hoặc kỳ đang diễn ra[ (hôm nay là {today})].',
    en: 'The period[ {period}] has not begun yet[ (it starts on {from})]: only a period that has ended or the current one can be published[ (today is {today})].',
  },
  'PUBLISHED.STRUCTURE_DATE_INVALID': {
    vi: 'Ngày cơ cấu tổ chức không hợp lệ[: {structureDate}]; hãy dùng một ngày có thật, định dạng YYYY-MM-DD.',
    en: 'Invalid structure date[: {structureDate}]; use a real date in the YYYY-MM-DD format.',
  },
  'PUBLISHED.VALUES_REQUIRED': {
    vi: 'Cần ít nhất một giá trị chỉ tiêu để công bố.',
    en: 'A publication needs at least one indicator value.',
  },
  'PUBLISHED.INDICATOR_DUPLICATE': {
    vi: 'Mỗi chỉ tiêu chỉ được công bố một giá trị[; {indicatorId} có hơn một].',
    en: 'One value per indicator[; {indicatorId} has more than one].',
  },
  'PUBLISHED.VERSION_INVALID': {
    vi: 'Phiên bản định nghĩa chỉ tiêu phải là số nguyên từ 1 trở lên[ ({field})].',
    en: "An indicator definition's version must be a whole number of 1 or more[ ({field})].",
  },
  'PUBLISHED.NUMBER_INVALID': {
    vi: 'Giá trị, tử số, mẫu số hoặc mục tiêu phải là một số hữu hạn hoặc để trống[ ({field})].',
    en: 'A value, numerator, denominator or target must be a finite number or empty[ ({field})].',
  },

  'PLAN.ALREADY_EXISTS': {
    vi: 'Mã kế hoạch[ {planId}] đã được sử dụng; hãy chọn mã khác.',
    en: 'The plan id[ {planId}] is already used; choose another id.',
  },
  'PLAN.NOT_FOUND': { vi: 'Không tìm thấy kế hoạch[ {planId}].', en: 'The plan[ {planId}] was not found.' },
  'PLAN.TEXT_REQUIRED': {
    vi: 'Nội dung bắt buộc còn để trống[ ({field})]: tên kế hoạch, nội dung mục tiêu hoặc cấp đơn vị của mục tiêu.',
    en: "A required text is blank[ ({field})]: the plan's title, an objective's text or a target's level.",
  },
  'PLAN.PERIOD_INVALID': {
    vi: 'Giai đoạn của kế hoạch không hợp lệ[ ({field})]; dùng năm từ 2000 đến 2100, năm bắt đầu không sau năm kết thúc (ví dụ 2025–2030, hoặc một năm).',
    en: 'Invalid plan period[ ({field})]; use years from 2000 to 2100, the first not after the last (such as 2025–2030, or one year).',
  },
  'PLAN.OBJECTIVE_DUPLICATE': {
    vi: 'Mỗi mục tiêu chỉ được nêu một lần[; mã {objectiveId} bị lặp].',
    en: 'Each objective is listed once[; {objectiveId} is repeated].',
  },
  'PLAN.OBJECTIVE_UNKNOWN': {
    vi: 'Chỉ tiêu được xếp vào một mục tiêu không có trong kế hoạch[ ({objectiveId})].',
    en: 'An indicator is filed under an objective the plan does not have[ ({objectiveId})].',
  },
  'PLAN.INDICATOR_DUPLICATE': {
    vi: 'Mỗi chỉ tiêu chỉ được đưa vào kế hoạch một lần[; {indicatorId} bị lặp].',
    en: 'Each indicator is in a plan once[; {indicatorId} is repeated].',
  },
  'PLAN.INDICATOR_UNKNOWN': {
    vi: 'Không có chỉ tiêu[ {indicatorId}]; dùng một chỉ tiêu của Chương trình (K1–K5) hoặc một chỉ tiêu kế hoạch đã được định nghĩa.',
    en: 'There is no indicator[ {indicatorId}]; use a programme indicator (K1–K5) or a plan indicator that has been defined.',
  },
  'PLAN.INDICATOR_RETIRED': {
    vi: 'Chỉ tiêu[ {indicatorId}] đã ngừng sử dụng: không thể đưa vào kế hoạch.',
    en: 'The indicator[ {indicatorId}] is retired: it cannot be added to a plan.',
  },
  'PLAN.TARGET_YEAR_OUTSIDE_PERIOD': {
    vi: 'Năm của mục tiêu[ ({field})] phải nằm trong giai đoạn của kế hoạch[ ({fromYear}–{toYear})].',
    en: "A target's year[ ({field})] must lie within the plan's period[ ({fromYear}–{toYear})].",
  },
  'PLAN.TARGET_VALUE_INVALID': {
    vi: 'Giá trị mục tiêu không hợp lệ[ ({field})]; dùng một số từ 0 trở lên.',
    en: 'Invalid target value[ ({field})]; use a number of 0 or more.',
  },
  'PLAN.TARGET_DIRECTION_UNKNOWN': {
    vi: 'Chiều của mục tiêu không hợp lệ[ ({field})]; dùng at-least (tối thiểu) hoặc at-most (tối đa).',
    en: 'Unknown target direction[ ({field})]; use at-least or at-most.',
  },
  'PLAN.TARGET_DUPLICATE': {
    vi: 'Mỗi chỉ tiêu chỉ có một mục tiêu cho mỗi năm và mỗi cấp đơn vị[; năm {year} có hơn một].',
    en: 'An indicator has one target per year and level[; {year} has more than one].',
  },
  'PLAN.NOT_DRAFT': {
    vi: 'Kế hoạch[ {planId}] không còn là bản dự thảo: chỉ bản dự thảo mới được sửa hoặc ban hành.',
    en: 'The plan[ {planId}] is no longer a draft: only a draft is revised or published.',
  },
  'PLAN.INDICATORS_REQUIRED': {
    vi: 'Kế hoạch cần ít nhất một chỉ tiêu trước khi ban hành.',
    en: 'A plan needs at least one indicator before it is published.',
  },
  'PLAN.NOT_PUBLISHED': {
    vi: 'Kế hoạch[ {planId}] chưa được ban hành: chưa thể tiếp nhận.',
    en: 'The plan[ {planId}] has not been published: it cannot be adopted yet.',
  },
  'PLAN.ENDED': {
    vi: 'Kế hoạch[ {planId}] đã hết giai đoạn thực hiện[ (đến năm {toYear})]: không thể tiếp nhận nữa.',
    en: 'The plan[ {planId}] has run its course[ (to {toYear})]: it can no longer be adopted.',
  },
  'PLAN.ADOPTER_IS_OWNER': {
    vi: 'Đơn vị[ {unitId}] không tiếp nhận kế hoạch của chính mình; chỉ các đơn vị cấp dưới tiếp nhận.',
    en: 'The unit[ {unitId}] does not adopt its own plan; the units below it do.',
  },
  'PLAN.ALREADY_ADOPTED': {
    vi: 'Đơn vị[ {unitId}] đã tiếp nhận kế hoạch này[ (kế hoạch của đơn vị: {localPlanId})].',
    en: 'The unit[ {unitId}] has already adopted this plan[ (its plan: {localPlanId})].',
  },
  'PLAN.ADOPTION_NOT_RECORDED': {
    vi: 'Kế hoạch[ {planId}] không ghi nhận việc tiếp nhận nào với mã[ {localPlanId}]; hãy tiếp nhận kế hoạch trước.',
    en: 'The plan[ {planId}] records no adoption as[ {localPlanId}]; adopt the plan first.',
  },
  'PLAN.NOT_ADOPTED': {
    vi: 'Kế hoạch[ {planId}] không phải là kế hoạch tiếp nhận từ cấp trên: mục tiêu của nó được sửa khi còn là dự thảo.',
    en: 'The plan[ {planId}] was not adopted from a higher unit: its targets are revised while it is a draft.',
  },
  'PLAN.INDICATOR_NOT_IN_PLAN': {
    vi: 'Chỉ tiêu[ {indicatorId}] không có trong kế hoạch.',
    en: 'The indicator[ {indicatorId}] is not in the plan.',
  },
  'PLAN.PARENT_TARGET_REQUIRED': {
    vi: 'Không được bỏ mục tiêu mà kế hoạch cấp trên đã giao[ cho năm {year}].',
    en: "A target the higher unit's plan set cannot be dropped[ (year {year})].",
  },
  'PLAN.TARGET_DIRECTION_FIXED': {
    vi: 'Mục tiêu[ năm {year}] giữ chiều mà kế hoạch cấp trên đã giao[ ({direction})].',
    en: "The target[ for {year}] keeps the direction the higher unit's plan set[ ({direction})].",
  },
  'PLAN.TARGET_BELOW_PARENT': {
    vi: 'Mục tiêu[ năm {year}] không được thấp hơn mức kế hoạch cấp trên đã giao[ ({parentValue})]; chỉ được nâng lên.',
    en: "The target[ for {year}] cannot be below what the higher unit's plan set[ ({parentValue})]; it may only be raised.",
  },
  'PLAN.TARGET_ABOVE_PARENT': {
    vi: 'Mục tiêu tối đa[ năm {year}] không được cao hơn mức kế hoạch cấp trên đã giao[ ({parentValue})]; chỉ được chặt chẽ hơn.',
    en: "The at-most target[ for {year}] cannot be above what the higher unit's plan set[ ({parentValue})]; it may only be stricter.",
  },

  'REPORT.TEMPLATE_UNKNOWN': {
    vi: 'Không có mẫu báo cáo[ {templateId}]; dùng six-monthly (6 tháng), yearly (năm), mid-term-review (sơ kết) hoặc final-review (tổng kết).',
    en: 'There is no report template[ {templateId}]; use six-monthly, yearly, mid-term-review or final-review.',
  },
  'REPORT.PERIOD_INVALID': {
    vi: 'Kỳ báo cáo[ {period}] không phù hợp với mẫu báo cáo[ {templateId}]: báo cáo 6 tháng theo nửa năm (H2026-1), báo cáo năm theo năm (Y2026), sơ kết năm 2025, tổng kết năm 2030.',
    en: 'The period[ {period}] does not fit the report template[ {templateId}]: six-monthly by half-year (H2026-1), yearly by year (Y2026), the mid-term review for 2025, the final review for 2030.',
  },
  'REPORT.WINDOW_NOT_OPEN': {
    vi: 'Chưa đến thời gian nhập báo cáo[ kỳ {period}][ (từ ngày {opensOn})].',
    en: 'The report[ for {period}] cannot be entered yet[ (from {opensOn})].',
  },
  'REPORT.WINDOW_CLOSED': {
    vi: 'Đã hết thời gian nhận báo cáo[ kỳ {period}][ (đến hết ngày {closesOn})]; đơn vị cấp trên có thể đặt lại lịch báo cáo.',
    en: 'The report[ for {period}] is no longer taken[ (the last day was {closesOn})]; the unit above can set a new reporting window.',
  },
  'REPORT.ALREADY_APPROVED': {
    vi: 'Báo cáo[ {reportId}] đã từng được phê duyệt: cần chỉnh sửa và gửi lại, không thể miễn nộp.',
    en: 'The report[ {reportId}] was approved once: correct it and submit it again; it cannot be excused.',
  },
  'REPORT.SELF_APPROVAL': {
    vi: 'Người gửi báo cáo[ {reportId}] không thể tự phê duyệt báo cáo đó; một cán bộ khác của đơn vị cấp trên cần phê duyệt.',
    en: 'The account that submitted the report[ {reportId}] cannot approve it; another manager of the unit above must.',
  },
  'REPORT.NOT_FOUND': {
    vi: 'Không tìm thấy báo cáo[ {reportId}]; hãy lưu bản nháp trước.',
    en: 'The report[ {reportId}] was not found; save a draft first.',
  },
  'REPORT.NOT_DRAFT': {
    vi: 'Báo cáo[ {reportId}] đang ở trạng thái[ {status}]: chỉ bản nháp hoặc báo cáo bị trả lại mới được sửa, gửi hoặc miễn nộp.',
    en: 'The report[ {reportId}] is[ {status}]: only a draft or a returned report is edited, submitted or excused.',
  },
  'REPORT.NOT_SUBMITTED': {
    vi: 'Báo cáo[ {reportId}] chưa được gửi[ (trạng thái: {status})]: chỉ báo cáo đã gửi mới được trả lại hoặc phê duyệt.',
    en: 'The report[ {reportId}] has not been submitted[ (it is {status})]: only a submitted report is returned or approved.',
  },
  'REPORT.NOT_APPROVED': {
    vi: 'Báo cáo[ {reportId}] chưa được phê duyệt[ (trạng thái: {status})]: chỉ báo cáo đã phê duyệt mới được mở lại.',
    en: 'The report[ {reportId}] has not been approved[ (it is {status})]: only an approved report is reopened.',
  },
  'REPORT.ALREADY_EXCUSED': {
    vi: 'Báo cáo[ {reportId}] đã được miễn nộp.',
    en: 'The report[ {reportId}] has been excused.',
  },
  'REPORT.CHILDREN_PENDING': {
    vi: 'Chưa thể gửi báo cáo: báo cáo của các đơn vị trực thuộc chưa được phê duyệt hoặc miễn nộp[ ({pendingUnitIds})].',
    en: 'The report cannot be submitted yet: the reports of units below it are neither approved nor excused[ ({pendingUnitIds})].',
  },
  'REPORT.COMMENT_REQUIRED': {
    vi: 'Cần ghi ý kiến khi trả lại báo cáo.',
    en: 'A comment is required to return a report.',
  },
  'REPORT.REASON_REQUIRED': {
    vi: 'Cần ghi lý do[ ({field})].',
    en: 'A reason is required[ ({field})].',
  },
  'REPORT.SECTION_UNKNOWN': {
    vi: 'Mẫu báo cáo không có mục[ {key}].',
    en: 'The report template has no section[ {key}].',
  },
  'REPORT.SECTION_DUPLICATE': {
    vi: 'Mỗi mục của báo cáo chỉ được nêu một lần[; mục {key} bị lặp].',
    en: 'Each section of the report is given once[; {key} is repeated].',
  },
  'REPORT.TEXT_TOO_LONG': {
    vi: 'Nội dung của mục[ {key}] quá dài[; tối đa {maxLength} ký tự].',
    en: 'The text of the section[ {key}] is too long[; at most {maxLength} characters].',
  },
  'REPORT.COMMENDATION_INVALID': {
    vi: 'Đề xuất khen thưởng không hợp lệ[ ({field})]: đối tượng là unit (đơn vị), group (nhóm) hoặc person (cá nhân); hình thức là bang-khen, giay-khen hoặc co-thi-dua; cần ghi lý do; mỗi đề xuất một lần, tối đa 50 đề xuất.',
    en: 'Invalid commendation proposal[ ({field})]: the subject is a unit, group or person; the award is bang-khen, giay-khen or co-thi-dua; a reason is required; each proposal once, at most 50.',
  },
  'REPORT.COMMENDATION_SUBJECT_UNKNOWN': {
    vi: 'Đơn vị được đề xuất khen thưởng[ {subjectId}] không thuộc đơn vị báo cáo.',
    en: 'The unit proposed for commendation[ {subjectId}] is not part of the reporting unit.',
  },
  'REPORT.STRUCTURE_DATE_INVALID': {
    vi: 'Ngày cơ cấu tổ chức không hợp lệ[: {structureDate}]; hãy dùng một ngày có thật, định dạng YYYY-MM-DD.',
    en: 'Invalid structure date[: {structureDate}]; use a real date in the YYYY-MM-DD format.',
  },
  'REPORT.VALUES_REQUIRED': {
    vi: 'Báo cáo cần ít nhất một giá trị chỉ tiêu khi gửi.',
    en: 'A report needs at least one indicator value when it is submitted.',
  },
  'REPORT.INDICATOR_DUPLICATE': {
    vi: 'Mỗi chỉ tiêu chỉ có một giá trị trong báo cáo[; {indicatorId} có hơn một].',
    en: 'One value per indicator in a report[; {indicatorId} has more than one].',
  },
  'REPORT.VERSION_INVALID': {
    vi: 'Phiên bản định nghĩa chỉ tiêu phải là số nguyên từ 1 trở lên[ ({field})].',
    en: "An indicator definition's version must be a whole number of 1 or more[ ({field})].",
  },
  'REPORT.NUMBER_INVALID': {
    vi: 'Giá trị, tử số, mẫu số hoặc mục tiêu phải là một số hữu hạn hoặc để trống[ ({field})].',
    en: 'A value, numerator, denominator or target must be a finite number or empty[ ({field})].',
  },

  'SCHEDULE.DATE_INVALID': {
    vi: 'Ngày trong lịch báo cáo không hợp lệ[ ({field})]; dùng dạng YYYY-MM-DD.',
    en: 'A date of the reporting schedule is not a calendar date[ ({field})]; use YYYY-MM-DD.',
  },
  'SCHEDULE.WINDOW_ORDER': {
    vi: 'Lịch báo cáo phải mở trước hoặc đúng hạn nộp, và hạn nộp trước hoặc đúng ngày đóng[ (mở {opensOn}, hạn {dueOn}, đóng {closesOn})].',
    en: 'A reporting window opens on or before its due date, which falls on or before its close[ (opens {opensOn}, due {dueOn}, closes {closesOn})].',
  },
};

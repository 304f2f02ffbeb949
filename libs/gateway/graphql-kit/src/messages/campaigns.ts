import type { MessageTemplate } from '../error-catalog';

// Campaign, activity, shift, sign-up and certificate codes missing from the first catalogue
// (libs/campaigns/domain, libs/campaigns/write).
export const CAMPAIGNS_MESSAGES: Readonly<Record<string, MessageTemplate>> = {
  'CAMPAIGN.NOT_FOUND': { vi: 'Không tìm thấy chiến dịch.', en: 'The campaign was not found.' },
  'CAMPAIGN.ALREADY_EXISTS': { vi: 'Chiến dịch với mã này đã tồn tại.', en: 'A campaign with this id already exists.' },
  'CAMPAIGN.ID_REQUIRED': { vi: 'Mã chiến dịch là bắt buộc[ ({field})].', en: 'A campaign id is required[ ({field})].' },
  'CAMPAIGN.UNIT_REQUIRED': { vi: 'Đơn vị của chiến dịch là bắt buộc[ ({field})].', en: 'The unit of the campaign is required[ ({field})].' },
  'CAMPAIGN.CLOSED': { vi: 'Chiến dịch đã kết thúc, không thể thay đổi.', en: 'The campaign is closed; it cannot change.' },
  'CAMPAIGN.DEFINITION_REQUIRED': { vi: 'Cần thông tin chiến dịch.', en: 'The campaign details are required.' },
  'CAMPAIGN.NAME_REQUIRED': { vi: 'Tên chiến dịch là bắt buộc.', en: 'A campaign name is required.' },
  'CAMPAIGN.KIND_UNKNOWN': {
    vi: 'Loại chiến dịch không hợp lệ; dùng regular (thường xuyên), periodic (định kỳ) hoặc peak (cao điểm).',
    en: 'Unknown campaign kind; use regular, periodic or peak.',
  },
  'CAMPAIGN.PEAK_TEMPLATE_REQUIRED': {
    vi: 'Chiến dịch cao điểm cần chọn mẫu chiến dịch cao điểm.',
    en: 'A peak campaign must name its peak template.',
  },
  'CAMPAIGN.PEAK_TEMPLATE_UNEXPECTED': {
    vi: 'Chỉ chiến dịch cao điểm mới chọn mẫu chiến dịch cao điểm.',
    en: 'Only a peak campaign names a peak template.',
  },
  'CAMPAIGN.PEAK_TEMPLATE_UNKNOWN': {
    vi: 'Mẫu chiến dịch cao điểm không hợp lệ; dùng border-spring (Xuân biên giới), youth-month (Tháng Thanh niên), summer-volunteer (Mùa hè xanh) hoặc exam-season-relay (Tiếp sức mùa thi).',
    en: 'Unknown peak template; use border-spring, youth-month, summer-volunteer or exam-season-relay.',
  },
  'CAMPAIGN.DOMAIN_REQUIRED': { vi: 'Chiến dịch cần ít nhất một lĩnh vực.', en: 'A campaign needs at least one domain.' },
  'CAMPAIGN.DOMAIN_UNKNOWN': { vi: 'Lĩnh vực không hợp lệ[ ({field})].', en: 'Unknown domain[ ({field})].' },
  'CAMPAIGN.DOMAIN_DUPLICATE': { vi: 'Lĩnh vực bị nhập trùng[ ({field})].', en: 'A domain is listed twice[ ({field})].' },
  'CAMPAIGN.GOAL_INVALID': {
    vi: 'Chỉ tiêu không hợp lệ[ ở trường {field}]: mỗi chỉ tiêu cần một chỉ số và một mục tiêu lớn hơn 0.',
    en: 'Invalid goal[ in {field}]: each goal needs a measure and a target greater than zero.',
  },
  'CAMPAIGN.INITIATOR_UNKNOWN': {
    vi: 'Đơn vị phát động không hợp lệ; dùng union (Đoàn), youth-federation (Hội LHTN) hoặc other-organisation (tổ chức khác).',
    en: 'Unknown initiator; use union, youth-federation or other-organisation.',
  },
  'CAMPAIGN.MODEL_REQUIRED': { vi: 'Cần mã mô hình phối hợp.', en: 'A coordination model id is required.' },
  'CAMPAIGN.PERIOD_INVALID': { vi: 'Ngày kết thúc chiến dịch không được trước ngày bắt đầu.', en: 'The campaign cannot end before it starts.' },
  'CAMPAIGN.NOT_A_TEMPLATE': {
    vi: 'Chiến dịch này không phải chiến dịch mẫu nên không thể hưởng ứng.',
    en: 'This campaign is not a template, so it cannot be adopted.',
  },
  'CAMPAIGN.ALREADY_ADOPTED': {
    vi: 'Đơn vị đã hưởng ứng chiến dịch mẫu này với một chiến dịch khác.',
    en: 'The unit has already adopted this template as another campaign.',
  },
  'CAMPAIGN.TEMPLATE_ENDED': {
    vi: 'Chiến dịch mẫu đã kết thúc[ ngày {endsOn}], không thể hưởng ứng nữa.',
    en: 'The template ended[ on {endsOn}]; it can no longer be adopted.',
  },
  'CAMPAIGN.ADOPTER_NOT_BELOW_PUBLISHER': {
    vi: 'Chỉ đơn vị cấp dưới của đơn vị phát hành mới hưởng ứng được chiến dịch mẫu này.',
    en: 'Only a unit below the publishing unit can adopt this template.',
  },
  'CAMPAIGN.ADOPTION_NOT_RECORDED': {
    vi: 'Chiến dịch mẫu không ghi nhận việc hưởng ứng này; hãy hưởng ứng chiến dịch mẫu trước.',
    en: 'The template records no such adoption; adopt the template first.',
  },
  'ACTIVITY.ALREADY_EXISTS': { vi: 'Hoạt động với mã này đã tồn tại.', en: 'An activity with this id already exists.' },
  'ACTIVITY.ID_REQUIRED': { vi: 'Mã hoạt động là bắt buộc.', en: 'An activity id is required.' },
  'ACTIVITY.NAME_REQUIRED': { vi: 'Tên hoạt động là bắt buộc.', en: 'An activity name is required.' },
  'ACTIVITY.UNIT_REQUIRED': { vi: 'Đơn vị tổ chức hoạt động là bắt buộc.', en: 'The organising unit is required.' },
  'ACTIVITY.CADRE_REQUIRED': { vi: 'Cán bộ phụ trách hoạt động là bắt buộc.', en: 'The cadre in charge is required.' },
  'ACTIVITY.LOCATION_REQUIRED': { vi: 'Địa bàn tổ chức hoạt động là bắt buộc.', en: 'The location of the activity is required.' },
  'ACTIVITY.AREA_FLAGS_INVALID': {
    vi: 'Đặc điểm địa bàn chỉ nhận giá trị đúng hoặc sai[ ({field})].',
    en: 'Area flags are true or false[ ({field})].',
  },
  'ACTIVITY.DOMAIN_REQUIRED': { vi: 'Hoạt động cần ít nhất một lĩnh vực.', en: 'An activity needs at least one domain.' },
  'ACTIVITY.DOMAIN_UNKNOWN': { vi: 'Lĩnh vực không hợp lệ[ ({field})].', en: 'Unknown domain[ ({field})].' },
  'ACTIVITY.INITIATOR_UNKNOWN': {
    vi: 'Đơn vị phát động không hợp lệ; dùng union (Đoàn), youth-federation (Hội LHTN) hoặc other-organisation (tổ chức khác).',
    en: 'Unknown initiator; use union, youth-federation or other-organisation.',
  },
  'ACTIVITY.CAMPAIGN_NOT_OPEN': {
    vi: 'Chiến dịch không tồn tại hoặc đã kết thúc, không thể thêm hoạt động.',
    en: 'The campaign does not exist or is closed; no activity can be added.',
  },
  'ACTIVITY.PERIOD_INVALID': { vi: 'Ngày kết thúc hoạt động không được trước ngày bắt đầu.', en: 'The activity cannot end before it starts.' },
  'ACTIVITY.COMPLETED_BEFORE_START': {
    vi: 'Thời điểm kết thúc không được trước thời điểm bắt đầu hoạt động[ ({startedAt})].',
    en: 'The completion time cannot be before the activity started[ ({startedAt})].',
  },
  'SHIFT.ID_REQUIRED': { vi: 'Mã ca làm việc là bắt buộc.', en: 'A shift id is required.' },
  'SHIFT.ACTIVITY_REQUIRED': { vi: 'Hoạt động của ca làm việc là bắt buộc.', en: 'The activity of the shift is required.' },
  'SHIFT.ROLE_REQUIRED': { vi: 'Cần mã và tên vị trí trong ca[ ({field})].', en: 'The role needs an id and a name[ ({field})].' },
  'SHIFT.SKILLS_INVALID': { vi: 'Kỹ năng yêu cầu phải là danh sách tên kỹ năng.', en: 'Required skills are a list of skill names.' },
  'SHIFT.MINIMUM_AGE_INVALID': { vi: 'Độ tuổi tối thiểu là số nguyên không âm.', en: 'The minimum age is a whole number, zero or more.' },
  'SHIFT.APPROVAL_FLAG_INVALID': { vi: 'Hãy cho biết vị trí này có cần duyệt đăng ký hay không.', en: 'Say whether the role needs sign-ups approved.' },
  'SHIFT.WAITLIST_FLAG_INVALID': { vi: 'Hãy cho biết ca có nhận danh sách chờ hay không.', en: 'Say whether the shift keeps a waiting list.' },
  'SHIFT.TIMES_INVALID': { vi: 'Giờ kết thúc ca phải sau giờ bắt đầu.', en: 'A shift must end after it starts.' },
  'SHIFT.ALREADY_STARTED': {
    vi: 'Ca làm việc đã bắt đầu[ lúc {startsAt}], không thể đăng ký hay thay đổi.',
    en: 'The shift has already started[ at {startsAt}]; sign-ups are closed.',
  },
  'SHIFT.FULL': {
    vi: 'Ca làm việc đã đủ người[ ({capacity} chỗ)] và không nhận danh sách chờ.',
    en: 'The shift is full[ ({capacity} places)] and keeps no waiting list.',
  },
  'SIGNUP.VOLUNTEER_REQUIRED': { vi: 'Tình nguyện viên đăng ký là bắt buộc.', en: 'The volunteer signing up is required.' },
  'SIGNUP.DUPLICATE': { vi: 'Tình nguyện viên đã đăng ký ca này.', en: 'The volunteer has already signed up for this shift.' },
  'SIGNUP.NOT_FOUND': { vi: 'Tình nguyện viên chưa đăng ký ca này.', en: 'The volunteer has not signed up for this shift.' },
  'SIGNUP.AGE_UNKNOWN': {
    vi: 'Chưa biết tuổi của tình nguyện viên vào ngày diễn ra ca; hãy cập nhật ngày sinh.',
    en: "The volunteer's age on the shift date is unknown; add the date of birth.",
  },
  'SIGNUP.NOT_ELIGIBLE': {
    vi: 'Tình nguyện viên chưa đáp ứng yêu cầu của vị trí[ (từ {minimumAge} tuổi trở lên)]; kiểm tra độ tuổi và kỹ năng yêu cầu.',
    en: 'The volunteer does not meet the requirements of the role[ (aged {minimumAge} or more)]; check the required age and skills.',
  },
  'SIGNUP.GUARDIAN_CONSENT_REQUIRED': {
    vi: 'Tình nguyện viên dưới[ {adultAge}] tuổi cần có sự đồng ý của cha, mẹ hoặc người giám hộ.',
    en: 'A volunteer under[ {adultAge}] needs the consent of a parent or guardian.',
  },
  'CERTIFICATE.ID_REQUIRED': { vi: 'Mã giấy chứng nhận là bắt buộc.', en: 'A certificate id is required.' },
  'CERTIFICATE.ALREADY_ISSUED': { vi: 'Giấy chứng nhận này đã được cấp.', en: 'This certificate has already been issued.' },
  'CERTIFICATE.VOLUNTEER_REQUIRED': { vi: 'Tình nguyện viên được cấp giấy chứng nhận là bắt buộc.', en: 'The volunteer to certify is required.' },
  'CERTIFICATE.UNIT_REQUIRED': { vi: 'Đơn vị cấp giấy chứng nhận là bắt buộc.', en: 'The issuing unit is required.' },
  'CERTIFICATE.CODE_REQUIRED': { vi: 'Mã xác thực của giấy chứng nhận là bắt buộc.', en: 'The verification code of the certificate is required.' },
  'CERTIFICATE.ISSUER_REQUIRED': { vi: 'Người cấp giấy chứng nhận là bắt buộc.', en: 'The issuer of the certificate is required.' },
  'CERTIFICATE.CRITERIA_REQUIRED': {
    vi: 'Cần ít nhất một tiêu chí cấp giấy chứng nhận (số giờ hoặc số hoạt động tối thiểu).',
    en: 'At least one criterion is required (minimum hours or minimum activities).',
  },
  'CERTIFICATE.CRITERION_UNKNOWN': {
    vi: 'Tiêu chí không hợp lệ[ ({field})]; dùng minimumHours (số giờ tối thiểu) hoặc minimumActivities (số hoạt động tối thiểu).',
    en: 'Unknown criterion[ ({field})]; use minimumHours or minimumActivities.',
  },
  'CERTIFICATE.CRITERION_INVALID': { vi: 'Ngưỡng của tiêu chí phải lớn hơn 0[ ({field})].', en: 'A criterion threshold must be greater than zero[ ({field})].' },
  'CERTIFICATE.CRITERIA_NOT_MET': {
    vi: 'Tình nguyện viên chưa đạt tiêu chí để được cấp giấy chứng nhận (số giờ hoặc số hoạt động chưa đủ)[: cần {requiredHours} giờ, mới có {actualHours} giờ][; cần {requiredActivities} hoạt động, mới có {actualActivities}].',
    en: 'The volunteer does not yet meet the criteria for the certificate (not enough hours or activities)[: {requiredHours} hours required, {actualHours} recorded][; {requiredActivities} activities required, {actualActivities} recorded].',
  },
};

import type { CampaignsErrorCode } from '@tn/campaigns-contracts';
import type { ContextMessages } from '@tn/gateway-graphql-kit';

/**
 * Codes only this slice says, never the campaigns service: its list filters and check-in code
 * display, and the registry's not-found codes for the units and volunteers its resolvers look up.
 */
type CampaignsSliceErrorCode =
  'ACTIVITY.AREA_FLAG_UNKNOWN' | 'ACTIVITY.FILTER_PERIOD_INVALID' | 'CHECK_IN.NOT_OPEN' | 'CHECK_IN.VOLUNTEER_ONLY' | 'UNIT.NOT_FOUND' | 'VOLUNTEER.NOT_FOUND';

/** What the campaigns context's codes say, in every language; the platform-wide ones are the gateway's. */
export const CAMPAIGNS_MESSAGES: ContextMessages<CampaignsErrorCode | CampaignsSliceErrorCode> = {
  // Campaigns, templates and their adoption (libs/campaigns/domain/src/campaigns).
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
  // A coordination model named by a campaign, checked against the local copy of training's catalogue (ADR 0019).
  'CAMPAIGN.COORDINATION_MODEL_UNKNOWN': {
    vi: 'Mô hình phối hợp[ {coordinationModelId}] không có trong danh mục mô hình đã công bố[ ({field})].',
    en: 'The coordination model[ {coordinationModelId}] is not in the catalogue of published models[ ({field})].',
  },
  'CAMPAIGN.COORDINATION_MODEL_RETIRED': {
    vi: 'Mô hình phối hợp[ {coordinationModelId}] đã ngừng áp dụng[ ({field})]; hãy chọn một mô hình đang áp dụng.',
    en: 'The coordination model[ {coordinationModelId}] has been retired[ ({field})]; choose one still in use.',
  },
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
  // Activity lifecycle, formations, follow-ups and list filters (libs/campaigns/domain/src/activity, gateway activities).
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
  'ACTIVITY.CLOSED': {
    vi: 'Hoạt động đã kết thúc[ ({status})], không thể thay đổi đội hình.',
    en: 'The activity is over[ ({status})]; its formations cannot change.',
  },
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
  'ACTIVITY.CANCELLED': {
    vi: 'Hoạt động đã bị huỷ, không thể thêm ca, đăng ký hay ghi nhận thành phần tham gia.',
    en: 'The activity was cancelled; no shifts, sign-ups or participants can be added.',
  },
  // The network's groups and partners an activity names, checked against the local copy of the network's directory.
  'ACTIVITY.PARTICIPANT_UNKNOWN': {
    vi: 'Thành phần tham gia không có trong mạng lưới[: nhóm {groupId} chưa được xác minh hoặc đã giải thể][: đối tác {partnerId} chưa được đăng ký][ ({field})].',
    en: 'A participant is not in the network[: the group {groupId} is not verified or has been dissolved][: the partner {partnerId} is not registered][ ({field})].',
  },
  'ACTIVITY.TIME_AHEAD': {
    vi: 'Thời điểm[ ở trường {field}] muộn hơn thời điểm hiện tại; hoạt động chỉ được ghi nhận bắt đầu hay kết thúc khi việc đó đã diễn ra.',
    en: 'The time[ in {field}] is later than now; an activity is recorded as started or completed once that has happened.',
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
  'ACTIVITY.COORDINATION_MODEL_UNKNOWN': {
    vi: 'Mô hình phối hợp[ {coordinationModelId}] không có trong danh mục mô hình đã công bố[ ({field})].',
    en: 'The coordination model[ {coordinationModelId}] is not in the catalogue of published models[ ({field})].',
  },
  'ACTIVITY.COORDINATION_MODEL_RETIRED': {
    vi: 'Mô hình phối hợp[ {coordinationModelId}] đã ngừng áp dụng[ ({field})]; hãy chọn một mô hình đang áp dụng.',
    en: 'The coordination model[ {coordinationModelId}] has been retired[ ({field})]; choose one still in use.',
  },
  'ACTIVITY.COMPLETED_BEFORE_START': {
    vi: 'Thời điểm kết thúc không được trước thời điểm bắt đầu hoạt động[ ({startedAt})].',
    en: 'The completion time cannot be before the activity started[ ({startedAt})].',
  },
  // Shifts, recurring shifts, sign-ups and their approval (libs/campaigns/domain/src/shifts).
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
  // Certificates and badges (libs/campaigns/domain/src/recognition).
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
  'CERTIFICATE.CRITERION_INVALID': {
    vi: 'Ngưỡng của tiêu chí phải lớn hơn 0[ ({field})].',
    en: 'A criterion threshold must be greater than zero[ ({field})].',
  },
  'CERTIFICATE.CRITERIA_NOT_MET': {
    vi: 'Tình nguyện viên chưa đạt tiêu chí để được cấp giấy chứng nhận (số giờ hoặc số hoạt động chưa đủ)[: cần {requiredHours} giờ, mới có {actualHours} giờ][; cần {requiredActivities} hoạt động, mới có {actualActivities}].',
    en: 'The volunteer does not yet meet the criteria for the certificate (not enough hours or activities)[: {requiredHours} hours required, {actualHours} recorded][; {requiredActivities} activities required, {actualActivities} recorded].',
  },
  // Output measures, youth works and tasks, resources mobilised (libs/campaigns/domain/src/outputs).
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
  'OUTPUT_MEASURE.NAME_REQUIRED': {
    vi: 'Cần tên chỉ số bằng tiếng Việt và tiếng Anh[ ({field})].',
    en: 'The measure needs a Vietnamese and an English name[ ({field})].',
  },
  'OUTPUT_MEASURE.UNIT_REQUIRED': {
    vi: 'Cần đơn vị tính bằng tiếng Việt và tiếng Anh[ ({field})].',
    en: 'The measure needs a Vietnamese and an English unit label[ ({field})].',
  },
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
  'OUTPUT.ACTIVITY_CANCELLED': {
    vi: 'Hoạt động đã bị huỷ, không thể ghi nhận công trình, phần việc.',
    en: 'The activity was cancelled; no outputs can be recorded.',
  },
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
  'RESOURCE.ALREADY_RECORDED': {
    vi: 'Mã bản ghi nguồn lực này đã được ghi nhận với nội dung khác.',
    en: 'This resource id is already recorded with other details.',
  },
  'RESOURCE.NOT_FOUND': { vi: 'Không tìm thấy bản ghi nguồn lực trong hoạt động.', en: 'The resource record was not found on the activity.' },
  'RESOURCE.WITHDRAW_REASON_REQUIRED': { vi: 'Cần nêu lý do rút bản ghi nguồn lực.', en: 'A reason for withdrawing the resource record is required.' },
  // The network's agreement a resource came under, checked against the local copy of the network's directory.
  // Also for an agreement binding neither the activity's unit nor one above it: another province's is not told apart.
  'RESOURCE.AGREEMENT_UNKNOWN': {
    vi: 'Thỏa thuận hợp tác[ {agreementId}] không có trong mạng lưới hoặc không ràng buộc đơn vị tổ chức hoạt động.',
    en: "The agreement[ {agreementId}] is not in the network or does not bind the activity's organiser unit.",
  },
  'RESOURCE.AGREEMENT_NOT_IN_FORCE': {
    vi: 'Thỏa thuận hợp tác[ {agreementId}] không có hiệu lực[ vào ngày nhận {receivedOn}].',
    en: 'The agreement[ {agreementId}] is not in force[ on {receivedOn}, the day received].',
  },
  // Attendance, its corrections and QR check-in (libs/campaigns/domain/src/attendance).
  'ATTENDANCE.RECORDS_REQUIRED': { vi: 'Cần danh sách bản ghi điểm danh.', en: 'A list of attendance records is required.' },
  'ATTENDANCE.RECORD_ID_REQUIRED': {
    vi: 'Mỗi bản ghi điểm danh cần mã do thiết bị tạo[ ({field})].',
    en: 'Each attendance record needs its device-generated id[ ({field})].',
  },
  'ATTENDANCE.VOLUNTEER_REQUIRED': { vi: 'Cần tình nguyện viên của bản ghi[ ({field})].', en: 'The record needs its volunteer[ ({field})].' },
  'ATTENDANCE.KIND_UNKNOWN': { vi: 'Loại điểm danh là check-in hoặc check-out[ ({field})].', en: 'The kind of record is check-in or check-out[ ({field})].' },
  'ATTENDANCE.METHOD_UNKNOWN': { vi: 'Cách điểm danh là team-leader hoặc qr-code[ ({field})].', en: 'The method is team-leader or qr-code[ ({field})].' },
  'ATTENDANCE.RECORDER_REQUIRED': { vi: 'Cần người tải lên bản ghi.', en: 'Who uploads the records is required.' },
  'ATTENDANCE.CORRECTION_ID_REQUIRED': { vi: 'Cần mã đề nghị điều chỉnh.', en: 'A correction id is required.' },
  'ATTENDANCE.CORRECTION_REASON_REQUIRED': { vi: 'Cần nêu lý do điều chỉnh điểm danh.', en: 'A reason for the correction is required.' },
  'ATTENDANCE.REQUESTER_REQUIRED': { vi: 'Cần người đề nghị điều chỉnh.', en: 'Who requests the correction is required.' },
  'ATTENDANCE.CORRECTION_EMPTY': { vi: 'Đề nghị điều chỉnh phải hủy hoặc bổ sung ít nhất một bản ghi.', en: 'A correction voids or adds at least one record.' },
  'ATTENDANCE.RECORD_NOT_FOUND': {
    vi: 'Tình nguyện viên không có bản ghi điểm danh này[ ({field})].',
    en: 'The volunteer has no such attendance record[ ({field})].',
  },
  'ATTENDANCE.CORRECTION_OTHER_VOLUNTEER': {
    vi: 'Một đề nghị điều chỉnh chỉ liên quan đến một tình nguyện viên[ ({field})].',
    en: 'A correction concerns one volunteer only[ ({field})].',
  },
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
  'ATTENDANCE.SELF_APPROVAL': {
    vi: 'Người đề nghị không tự duyệt đề nghị điều chỉnh của mình.',
    en: 'A correction is decided by someone other than its requester.',
  },
  'ATTENDANCE.APPROVER_REQUIRED': { vi: 'Cần người duyệt.', en: 'An approver is required.' },
  'ATTENDANCE.REJECT_REASON_REQUIRED': { vi: 'Cần nêu lý do từ chối.', en: 'A reason for rejecting is required.' },
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
  'CHECK_IN.NOT_CONFIRMED': {
    vi: 'Chỉ tình nguyện viên đã có chỗ trong ca mới tự điểm danh.',
    en: 'Only a volunteer with a confirmed place on the shift checks in.',
  },
  'CHECK_IN.VOLUNTEER_ONLY': { vi: 'Chỉ tài khoản tình nguyện viên mới tự điểm danh bằng mã QR.', en: 'Only a volunteer account checks in with a QR code.' },
  // The replica of the organisation hierarchy the campaigns context checks scopes against.
  'HIERARCHY.CATCHING_UP': {
    vi: 'Dữ liệu cơ cấu tổ chức đang được cập nhật. Vui lòng thử lại sau giây lát.',
    en: 'The organisation structure is still being brought up to date. Please try again in a moment.',
  },
  // The local copy of training's coordination-model catalogue (ADR 0019).
  'COORDINATION_MODELS.CATCHING_UP': {
    vi: 'Danh mục mô hình phối hợp đang được cập nhật. Vui lòng thử lại sau giây lát.',
    en: 'The catalogue of coordination models is still being brought up to date. Please try again in a moment.',
  },
  // The local copy of the network's groups, partners and agreements.
  'NETWORK_DIRECTORY.CATCHING_UP': {
    vi: 'Danh bạ mạng lưới (nhóm, đối tác, thỏa thuận) đang được cập nhật. Vui lòng thử lại sau giây lát.',
    en: "The network's directory of groups, partners and agreements is still being brought up to date. Please try again in a moment.",
  },
  // Units and volunteers, in the registry's words (the catalogue refuses a different text).
  'UNIT.NOT_ACTIVE': {
    vi: 'Đơn vị không hoạt động[ vào ngày {date}].',
    en: 'The unit is not active[ on {date}].',
  },
  'UNIT.NOT_FOUND': { vi: 'Không tìm thấy đơn vị.', en: 'The unit was not found.' },
  'VOLUNTEER.NOT_FOUND': { vi: 'Không tìm thấy tình nguyện viên.', en: 'The volunteer was not found.' },
};

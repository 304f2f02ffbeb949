import type { NeedErrorCode } from '@tn/network-contracts';
import type { ContextMessages } from '@tn/gateway-graphql-kit';

/** Needs and their matches (libs/network/domain/src/needs). */
export const NEED_MESSAGES: ContextMessages<NeedErrorCode> = {
  'NEED.ACTOR_REQUIRED': { vi: 'Không xác định được người thực hiện thao tác.', en: 'The acting user is missing.' },
  'NEED.DATE_INVALID': {
    vi: 'Ngày thực hiện không hợp lệ[ ở trường {field}]; hãy dùng định dạng YYYY-MM-DD.',
    en: 'The date of the act is invalid[ in {field}]; use the YYYY-MM-DD format.',
  },
  'NEED.TEXT_REQUIRED': {
    vi: 'Nội dung bắt buộc còn để trống[ ({field})]: mô tả, đơn vị tính hoặc lý do.',
    en: 'A required text is blank[ ({field})]: a description, measure or reason.',
  },
  'NEED.ALREADY_EXISTS': {
    vi: 'Mã nhu cầu[ {needId}] đã được sử dụng; hãy chọn mã khác.',
    en: 'The need id[ {needId}] is already used; choose another id.',
  },
  'NEED.NOT_FOUND': { vi: 'Không tìm thấy nhu cầu[ {needId}].', en: 'The need[ {needId}] was not found.' },
  'NEED.KIND_UNKNOWN': {
    vi: 'Loại nhu cầu không hợp lệ; dùng people (nhân lực), items (hiện vật) hoặc money (kinh phí).',
    en: 'Unknown kind of need; use people, items or money.',
  },
  'NEED.PRIORITY_UNKNOWN': {
    vi: 'Mức ưu tiên không hợp lệ; dùng low (thấp), normal (bình thường), high (cao) hoặc urgent (khẩn cấp).',
    en: 'Unknown priority; use low, normal, high or urgent.',
  },
  'NEED.SOURCE_UNKNOWN': {
    vi: 'Nguồn nhu cầu không hợp lệ; dùng activity-survey (khảo sát của hoạt động) hoặc unit (đơn vị tự nêu).',
    en: 'Unknown source of the need; use activity-survey or unit.',
  },
  'NEED.FIELD_UNKNOWN': {
    vi: 'Lĩnh vực không hợp lệ[ ({field})]; hãy chọn trong danh mục lĩnh vực tình nguyện.',
    en: 'Unknown field of work[ ({field})]; choose one from the list of volunteer fields.',
  },
  'NEED.SKILLS_INVALID': {
    vi: 'Danh sách kỹ năng không hợp lệ: không được để trống kỹ năng nào và không ghi một kỹ năng hai lần.',
    en: 'Invalid skills: none may be blank and none may be listed twice.',
  },
  'NEED.QUANTITY_INVALID': {
    vi: 'Số lượng[ ({field})] phải lớn hơn 0; số người phải là số nguyên.',
    en: 'The quantity[ ({field})] must be above 0; a number of people must be whole.',
  },
  'NEED.DATES_INVALID': {
    vi: 'Thời gian không hợp lệ[ ở trường {field}]: dùng định dạng YYYY-MM-DD, ngày bắt đầu không sau ngày kết thúc.',
    en: 'Invalid dates[ in {field}]: use the YYYY-MM-DD format, and start no later than the end.',
  },
  'NEED.PLACE_UNKNOWN': {
    vi: 'Không tìm thấy địa bàn[ {placeUnitId}] trong hệ thống tổ chức.',
    en: 'The place[ {placeUnitId}] is not a unit of the organisation.',
  },
  'NEED.PLACE_OUTSIDE_UNIT': {
    vi: 'Địa bàn[ {placeUnitId}] không thuộc phạm vi của đơn vị nêu nhu cầu[ {unitId}].',
    en: 'The place[ {placeUnitId}] lies outside the unit raising the need[ ({unitId})].',
  },
  'NEED.ACTIVITY_REQUIRED': {
    vi: 'Nhu cầu từ khảo sát của hoạt động phải ghi rõ hoạt động đó.',
    en: 'A need from an activity survey names its activity.',
  },
  'NEED.ACTIVITY_UNEXPECTED': {
    vi: 'Chỉ nhu cầu từ khảo sát của hoạt động mới ghi hoạt động; nhu cầu do đơn vị tự nêu thì bỏ trống.',
    en: 'Only a need from an activity survey names an activity; leave it out for a need the unit raises itself.',
  },
  'NEED.ACTIVITY_NOT_FOUND': {
    vi: 'Không tìm thấy hoạt động[ {activityId}].',
    en: 'The activity[ {activityId}] was not found.',
  },
  'NEED.ACTIVITY_OUTSIDE_UNIT': {
    vi: 'Hoạt động[ {activityId}] không thuộc phạm vi của đơn vị nêu nhu cầu[ {unitId}].',
    en: 'The activity[ {activityId}] lies outside the unit raising the need[ ({unitId})].',
  },
  'NEED.ALREADY_FULFILLED': {
    vi: 'Nhu cầu[ {needId}] đã được đáp ứng đủ, không thể thay đổi thêm.',
    en: 'The need[ {needId}] is fulfilled: it takes no further decision.',
  },
  'NEED.ALREADY_CANCELLED': {
    vi: 'Nhu cầu[ {needId}] đã bị huỷ, không thể thay đổi thêm.',
    en: 'The need[ {needId}] is cancelled: it takes no further decision.',
  },
  'NEED.MATCH_EXISTS': {
    vi: 'Mã đề xuất đáp ứng[ {matchId}] đã có trong nhu cầu này; hãy chọn mã khác.',
    en: 'The match id[ {matchId}] is already used on this need; choose another id.',
  },
  'NEED.MATCH_NOT_FOUND': {
    vi: 'Nhu cầu không có đề xuất đáp ứng[ {matchId}].',
    en: 'The need has no match[ {matchId}].',
  },
  'NEED.MATCH_NOT_PROPOSED': {
    vi: 'Chỉ đề xuất đang chờ mới được chấp nhận hoặc từ chối[; đề xuất {matchId} hiện ở trạng thái {status}].',
    en: 'Only a match awaiting a decision can be accepted or declined[; match {matchId} is {status}].',
  },
  'NEED.MATCH_NOT_ACCEPTED': {
    vi: 'Chỉ đề xuất đã được chấp nhận mới được ghi nhận kết quả hoặc giải phóng[; đề xuất {matchId} hiện ở trạng thái {status}].',
    en: 'Only an accepted match can be fulfilled or released[; match {matchId} is {status}].',
  },
  'NEED.OFFERER_KIND_UNKNOWN': {
    vi: 'Bên đáp ứng không hợp lệ; dùng group (nhóm, đội, câu lạc bộ) hoặc partner (đối tác).',
    en: 'Unknown kind of offerer; use group or partner.',
  },
  'NEED.OFFERER_NOT_FOUND': {
    vi: 'Không tìm thấy bên đáp ứng[ {offererId}].',
    en: 'The offerer[ {offererId}] was not found.',
  },
  'NEED.OFFERER_ALREADY_MATCHED': {
    vi: 'Bên này đã có một đề xuất đang hiệu lực cho nhu cầu[ ({matchId})]; hãy điều chỉnh đề xuất đó thay vì tạo thêm.',
    en: 'This offerer already holds a live match on the need[ ({matchId})]; decide that one instead of adding another.',
  },
  'NEED.GROUP_DISSOLVED': {
    vi: 'Nhóm[ {groupId}] đã giải thể sau khi đề xuất nên không thể chấp nhận.',
    en: 'The group[ {groupId}] was dissolved after it offered, so the match cannot be accepted.',
  },
  'NEED.AGREEMENT_FOR_PARTNERS_ONLY': {
    vi: 'Chỉ đối tác mới đáp ứng theo thoả thuận hợp tác; đề xuất của nhóm không ghi thoả thuận.',
    en: 'Only a partner offers under a cooperation agreement; a group’s offer names none.',
  },
  'NEED.AGREEMENT_NOT_FOUND': {
    vi: 'Không tìm thấy thoả thuận hợp tác[ {agreementId}].',
    en: 'The cooperation agreement[ {agreementId}] was not found.',
  },
  'NEED.AGREEMENT_OTHER_PARTNER': {
    vi: 'Thoả thuận[ {agreementId}] không phải của đối tác[ {partnerId}].',
    en: 'The agreement[ {agreementId}] is not that of the partner[ {partnerId}].',
  },
  'NEED.AGREEMENT_NOT_IN_FORCE': {
    vi: 'Thoả thuận[ {agreementId}] không còn hiệu lực trong suốt thời gian của nhu cầu.',
    en: 'The agreement[ {agreementId}] is not in force on every day of the need.',
  },
  'NEED.OVER_COMMITTED': {
    vi: 'Chấp nhận đề xuất này sẽ vượt số lượng cần[: đã cam kết {committed}/{requested}, đề xuất thêm {quantity}].',
    en: 'Accepting this match would commit more than the need asks for[: {committed} of {requested} committed, {quantity} more offered].',
  },
  'NEED.GROUP_ALREADY_BOOKED': {
    vi: 'Nhóm[ {groupId}] đã nhận nhiệm vụ khác trùng thời gian[ (từ {bookedFrom} đến {bookedTo})].',
    en: 'The group[ {groupId}] is already booked on some of these days[ (from {bookedFrom} to {bookedTo})].',
  },
  'NEED.DELIVERED_EXCEEDS_MATCH': {
    vi: 'Số lượng thực hiện[ ({deliveredQuantity})] không được vượt số lượng đã đề xuất[ ({quantity})].',
    en: 'The delivered quantity[ ({deliveredQuantity})] cannot exceed what the match offered[ ({quantity})].',
  },
  'NEED.RELEASE_REASON_UNKNOWN': {
    vi: 'Lý do giải phóng đề xuất không hợp lệ; dùng group-double-booked (nhóm bị trùng lịch) hoặc group-unavailable (nhóm không thể nhận).',
    en: 'Unknown reason to release a match; use group-double-booked or group-unavailable.',
  },
};

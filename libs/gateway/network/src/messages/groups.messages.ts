import type { GroupErrorCode } from '@tn/network-contracts';
import type { ContextMessages } from '@tn/gateway-graphql-kit';

/** Clubs, teams and groups: registration, verification, hosts, status and booked dates (libs/network/domain/src/groups). */
export const GROUP_MESSAGES: ContextMessages<GroupErrorCode> = {
  'GROUP.ACTOR_REQUIRED': { vi: 'Không xác định được người thực hiện thao tác.', en: 'The acting user is missing.' },
  'GROUP.DATE_INVALID': {
    vi: 'Ngày không hợp lệ[ ở trường {field}]; hãy dùng định dạng YYYY-MM-DD.',
    en: 'Invalid date[ in {field}]; use the YYYY-MM-DD format.',
  },
  'GROUP.DATE_AFTER_TODAY': {
    vi: 'Ngày[ {date}] không được sau ngày hôm nay[ ({today})].',
    en: 'The date[ {date}] cannot be after today[ ({today})].',
  },
  'GROUP.TEXT_REQUIRED': {
    vi: 'Nội dung bắt buộc còn để trống[ ({field})]: tên nhóm hoặc lý do.',
    en: "A required text is blank[ ({field})]: the group's name or a reason.",
  },
  'GROUP.KIND_UNKNOWN': {
    vi: 'Loại nhóm không hợp lệ; dùng club (câu lạc bộ), team (đội) hoặc group (nhóm).',
    en: 'Unknown kind of group; use club, team or group.',
  },
  'GROUP.ORIGIN_UNKNOWN': {
    vi: 'Nguồn gốc thành lập không hợp lệ; dùng union-founded (do Đoàn, Hội thành lập), self-formed (tự hình thành) hoặc school (trong trường học).',
    en: 'Unknown origin; use union-founded, self-formed or school.',
  },
  'GROUP.FIELDS_INVALID': {
    vi: 'Lĩnh vực hoạt động không hợp lệ[ ({field})]: cần ít nhất một lĩnh vực, không trùng lặp[, trong số: {allowed}].',
    en: 'Invalid fields of work[ ({field})]: at least one, none twice[, among: {allowed}].',
  },
  'GROUP.SIZE_INVALID': {
    vi: 'Số thành viên phải là số nguyên[ từ {min} đến {max}].',
    en: 'The number of members must be a whole number[ from {min} to {max}].',
  },
  'GROUP.LEADERS_INVALID': {
    vi: 'Danh sách trưởng nhóm không hợp lệ: cần từ 1[ đến {max}] người, không trùng lặp.',
    en: 'Invalid leaders: from 1[ to {max}] people, none twice.',
  },
  'GROUP.AREA_UNITS_INVALID': {
    vi: 'Địa bàn hoạt động không hợp lệ: cần ít nhất một đơn vị, không trùng lặp.',
    en: 'Invalid areas served: at least one unit, none twice.',
  },
  'GROUP.AREA_UNIT_UNKNOWN': {
    vi: 'Không tìm thấy đơn vị địa bàn[ {unitIds}] trong hệ thống tổ chức vào ngày hôm nay.',
    en: 'The area units[ {unitIds}] are not known to the organisation hierarchy today.',
  },
  'GROUP.HOST_UNIT_UNKNOWN': {
    vi: 'Không tìm thấy đơn vị quản lý[ {unitId}] trong hệ thống tổ chức[ ({field})].',
    en: 'The host unit[ {unitId}] is not known to the organisation hierarchy[ ({field})].',
  },
  'GROUP.SELF_NOT_LEADER': {
    vi: 'Người tự đăng ký nhóm phải là một trong các trưởng nhóm (tài khoản cần gắn với một cán bộ hoặc tình nguyện viên).',
    en: 'Whoever registers their own group must be one of its leaders (the account must belong to a cadre or volunteer).',
  },
  'GROUP.ALREADY_EXISTS': {
    vi: 'Mã nhóm[ {groupId}] đã được sử dụng; hãy chọn mã khác.',
    en: 'The group id[ {groupId}] is already used; choose another id.',
  },
  'GROUP.NOT_FOUND': { vi: 'Không tìm thấy nhóm[ {groupId}].', en: 'The group[ {groupId}] was not found.' },
  'GROUP.ALREADY_VERIFIED': {
    vi: 'Nhóm[ {groupId}] đã được xác nhận[ ngày {verifiedOn}].',
    en: 'The group[ {groupId}] is verified already[ (on {verifiedOn})].',
  },
  'GROUP.VERIFIER_IS_LEADER': {
    vi: 'Người đã tự đăng ký nhóm không thể tự xác nhận nhóm đó; cần một cán bộ khác của đơn vị quản lý.',
    en: 'Whoever registered the group cannot verify it; another manager of the host unit must.',
  },
  'GROUP.DECLINED': {
    vi: 'Đăng ký của nhóm[ {groupId}] đã bị từ chối[ ngày {declinedOn}]; nhóm cần đăng ký lại.',
    en: "The group's registration[ ({groupId})] was declined[ on {declinedOn}]; the group must register again.",
  },
  'GROUP.NOT_VERIFIED': {
    vi: 'Nhóm[ {groupId}] chưa được đơn vị quản lý xác nhận.',
    en: 'The group[ {groupId}] is not verified by its host unit.',
  },
  'GROUP.DISSOLVED': {
    vi: 'Nhóm[ {groupId}] đã giải thể: không thể thay đổi thông tin, chuyển đơn vị hay nhận việc.',
    en: 'The group[ {groupId}] is dissolved: it is no longer revised, moved or booked.',
  },
  'GROUP.SAME_HOST': {
    vi: 'Đơn vị[ {unitId}] đang quản lý nhóm; hãy chọn đơn vị khác.',
    en: 'The unit[ {unitId}] hosts the group already; choose another unit.',
  },
  'GROUP.MOVE_BEFORE_AFFILIATION': {
    vi: 'Ngày chuyển đơn vị không được trước ngày đơn vị hiện tại bắt đầu quản lý nhóm[ ({since})].',
    en: 'A move cannot be dated before the current host took the group[ ({since})].',
  },
  'GROUP.STATUS_UNKNOWN': {
    vi: 'Trạng thái không hợp lệ; dùng active (đang hoạt động), dormant (tạm ngừng) hoặc dissolved (giải thể).',
    en: 'Unknown status; use active, dormant or dissolved.',
  },
  'GROUP.PERIOD_INVALID': {
    vi: 'Khoảng thời gian không hợp lệ: ngày kết thúc[ ({to})] trước ngày bắt đầu[ ({from})].',
    en: 'Invalid period: it ends[ ({to})] before it starts[ ({from})].',
  },
  'GROUP.DATES_ALREADY_BOOKED': {
    vi: 'Nhóm đã nhận việc khác trùng thời gian[ từ {from} đến {to}].',
    en: 'The group is booked for another match on those days[ (from {from} to {to})].',
  },
};

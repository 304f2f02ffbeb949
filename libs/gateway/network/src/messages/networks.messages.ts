import type { NetworkMembershipErrorCode } from '@tn/network-contracts';
import type { ContextMessages } from '@tn/gateway-graphql-kit';

/** Networks and coalitions with their dated memberships (libs/network/domain/src/networks). */
export const NETWORK_MEMBERSHIP_MESSAGES: ContextMessages<NetworkMembershipErrorCode> = {
  'NETWORK.ACTOR_REQUIRED': { vi: 'Không xác định được người thực hiện thao tác.', en: 'The acting user is missing.' },
  'NETWORK.DATE_INVALID': {
    vi: 'Ngày không hợp lệ[ ở trường {field}]; hãy dùng định dạng YYYY-MM-DD.',
    en: 'Invalid date[ in {field}]; use the YYYY-MM-DD format.',
  },
  'NETWORK.TEXT_REQUIRED': {
    vi: 'Nội dung bắt buộc còn để trống[ ({field})]: tên, mục đích hoặc lý do.',
    en: 'A required text is blank[ ({field})]: a name, purpose or reason.',
  },
  'NETWORK.DATE_AFTER_TODAY': {
    vi: 'Ngày[ {date}] không được sau ngày hôm nay[ ({today})].',
    en: 'The date[ {date}] cannot be after today[ ({today})].',
  },
  'NETWORK.ALREADY_EXISTS': {
    vi: 'Mã mạng lưới[ {networkId}] đã được sử dụng; hãy chọn mã khác.',
    en: 'The network id[ {networkId}] is already used; choose another id.',
  },
  'NETWORK.NOT_FOUND': { vi: 'Không tìm thấy mạng lưới, liên minh[ {networkId}].', en: 'The network or coalition[ {networkId}] was not found.' },
  'NETWORK.DISSOLVED': {
    vi: 'Mạng lưới[ {networkId}] đã giải thể[ ngày {on}]: không thể kết nạp hay cho thành viên rời mạng lưới.',
    en: 'The network[ {networkId}] was dissolved[ on {on}]: it admits no member and ends no membership.',
  },
  'NETWORK.KIND_UNKNOWN': {
    vi: 'Loại không hợp lệ; dùng network (mạng lưới) hoặc coalition (liên minh).',
    en: 'Unknown kind; use network or coalition.',
  },
  'NETWORK.REACH_UNKNOWN': {
    vi: 'Phạm vi không hợp lệ; dùng local (cơ sở), provincial (cấp tỉnh), national (toàn quốc) hoặc international (quốc tế).',
    en: 'Unknown reach; use local, provincial, national or international.',
  },
  'NETWORK.FIELD_UNKNOWN': {
    vi: 'Lĩnh vực hoạt động không hợp lệ[ ({field})][; dùng một trong: {allowed}].',
    en: 'Unknown field of work[ ({field})][; use one of: {allowed}].',
  },
  'NETWORK.FIELDS_REQUIRED': {
    vi: 'Mạng lưới cần ghi ít nhất một lĩnh vực hoạt động.',
    en: 'A network names at least one field of work.',
  },
  'NETWORK.MEMBER_KIND_UNKNOWN': {
    vi: 'Loại thành viên không hợp lệ; dùng group (đội, nhóm, câu lạc bộ), unit (đơn vị) hoặc partner (đối tác).',
    en: 'Unknown kind of member; use group, unit or partner.',
  },
  'NETWORK.MEMBER_NOT_FOUND': {
    vi: 'Không tìm thấy thành viên[ {memberKind}][ {memberId}]: đội, nhóm phải đã được xác nhận; đơn vị phải có trong hệ thống tổ chức; đối tác phải đã đăng ký.',
    en: 'The member[ {memberKind}][ {memberId}] was not found: a group must be verified, a unit known to the organisation, a partner registered.',
  },
  'NETWORK.MEMBER_DISSOLVED': {
    vi: 'Đội, nhóm[ {memberId}] đã giải thể, không thể kết nạp vào mạng lưới.',
    en: 'The group[ {memberId}] has dissolved and cannot be admitted.',
  },
  'NETWORK.ALREADY_MEMBER': {
    vi: 'Thành viên[ {memberId}] đang tham gia mạng lưới[ từ ngày {since}].',
    en: 'The member[ {memberId}] already belongs to the network[ since {since}].',
  },
  'NETWORK.NOT_MEMBER': {
    vi: 'Thành viên[ {memberId}] hiện không tham gia mạng lưới.',
    en: 'The member[ {memberId}] does not currently belong to the network.',
  },
  'NETWORK.MEMBERSHIP_OVERLAPS': {
    vi: 'Lần tham gia trước của thành viên[ {memberId}] kết thúc[ ngày {lastTo}]; lần tham gia mới phải bắt đầu sau ngày đó.',
    en: 'The previous membership of[ {memberId}] ended[ on {lastTo}]; a new membership starts after that day.',
  },
  'NETWORK.END_BEFORE_START': {
    vi: 'Ngày kết thúc[ {to}] không được trước ngày bắt đầu tham gia[ {from}][ của {memberId}].',
    en: 'The end date[ {to}] cannot be before the membership began[ ({from})][ for {memberId}].',
  },
};

import type { CourseErrorCode } from '@tn/training-contracts';
import type { ContextMessages } from '@tn/gateway-graphql-kit';

/** Courses, sessions, trainers, enrolment, attendance and completion (libs/training/domain/src/courses). */
export const COURSE_MESSAGES: ContextMessages<CourseErrorCode> = {
  'COURSE.VALUE_REQUIRED': { vi: 'Thông tin bắt buộc còn để trống[ ({field})].', en: 'A required value is missing[ ({field})].' },
  'COURSE.VALUE_UNKNOWN': {
    vi: 'Giá trị không hợp lệ[ ở trường {field}][; dùng một trong: {allowed}].',
    en: 'Unknown value[ in {field}][; use one of: {allowed}].',
  },
  'COURSE.NUMBER_OUT_OF_RANGE': {
    vi: 'Giá trị nằm ngoài khoảng cho phép[ ở trường {field}][ (từ {min} đến {max})].',
    en: 'The value is out of range[ in {field}][ ({min} to {max})].',
  },
  'COURSE.LIST_INVALID': {
    vi: 'Danh sách không hợp lệ[ ({field})]: mỗi mục có giá trị và không lặp lại.',
    en: 'Invalid list[ ({field})]: every item has a value and none is repeated.',
  },
  'COURSE.DATE_INVALID': {
    vi: 'Ngày không hợp lệ[ ở trường {field}]; hãy dùng định dạng YYYY-MM-DD.',
    en: 'Invalid date[ in {field}]; use the YYYY-MM-DD format.',
  },
  'COURSE.PERIOD_INVALID': {
    vi: 'Ngày kết thúc khoá đào tạo không được trước ngày bắt đầu[ ({startsOn} – {endsOn})].',
    en: 'A course cannot end before it starts[ ({startsOn} – {endsOn})].',
  },
  'COURSE.DATE_AHEAD': { vi: 'Ngày ghi nhận không được sau ngày hôm nay[ ({field})].', en: 'The date cannot be after today[ ({field})].' },
  'COURSE.ALREADY_EXISTS': {
    vi: 'Mã khoá đào tạo[ {courseId}] đã được sử dụng; hãy chọn mã khác.',
    en: 'The course id[ {courseId}] is already used; choose another id.',
  },
  'COURSE.NOT_FOUND': { vi: 'Không tìm thấy khoá đào tạo[ {courseId}].', en: 'The course[ {courseId}] was not found.' },
  'COURSE.CLOSED': {
    vi: 'Khoá đào tạo đã kết thúc hoặc đã huỷ, không thể thay đổi.',
    en: 'The course is completed or cancelled; nothing about it changes any more.',
  },
  'COURSE.CURRICULUM_UNAVAILABLE': {
    vi: 'Chương trình đào tạo[ {curriculumId}] không tồn tại hoặc đã ngừng sử dụng.',
    en: 'The curriculum[ {curriculumId}] does not exist or is retired.',
  },
  'COURSE.MATERIAL_UNAVAILABLE': {
    vi: 'Phiên bản tài liệu[ {materialId}][ (phiên bản {version})] không tồn tại hoặc chưa được phê duyệt.',
    en: 'The material version[ {materialId}][ (version {version})] does not exist or is not approved.',
  },
  'COURSE.TRAINER_REQUIRED': { vi: 'Khoá đào tạo cần ít nhất một giảng viên.', en: 'A course needs at least one trainer.' },
  'COURSE.TRAINER_NOT_QUALIFIED': {
    vi: 'Giảng viên[ {trainers}] chưa có chứng chỉ giảng viên còn hiệu lực trong suốt thời gian khoá đào tạo[ ({startsOn} – {endsOn})][ ({field})].',
    en: 'A trainer[ ({trainers})] holds no valid trainer qualification for the whole course[ ({startsOn} – {endsOn})][ ({field})].',
  },
  'COURSE.TRAINER_ALREADY_ASSIGNED': { vi: 'Người này đã là giảng viên của khoá đào tạo.', en: 'This person already teaches the course.' },
  'COURSE.TRAINER_NOT_ASSIGNED': { vi: 'Người này không phải giảng viên của khoá đào tạo.', en: 'This person does not teach the course.' },
  'COURSE.TRAINER_AND_LEARNER': {
    vi: 'Một người không thể vừa là giảng viên vừa là học viên của cùng một khoá đào tạo.',
    en: 'No one both teaches and learns in the same course.',
  },
  'COURSE.SESSION_EXISTS': { vi: 'Mã buổi học[ {sessionId}] đã có trong khoá đào tạo.', en: 'The session id[ {sessionId}] already exists in the course.' },
  'COURSE.SESSION_NOT_FOUND': { vi: 'Không tìm thấy buổi học[ {sessionId}].', en: 'The session[ {sessionId}] was not found.' },
  'COURSE.SESSION_CANCELLED': { vi: 'Buổi học[ {sessionId}] đã bị huỷ.', en: 'The session[ {sessionId}] was cancelled.' },
  'COURSE.SESSION_OUTSIDE_DATES': {
    vi: 'Buổi học phải nằm trong thời gian của khoá đào tạo[ ({startsOn} – {endsOn})].',
    en: 'A session falls within the course dates[ ({startsOn} – {endsOn})].',
  },
  'COURSE.SESSION_VENUE_INVALID': {
    vi: 'Địa điểm buổi học không phù hợp với hình thức khoá đào tạo: học trực tiếp cần địa điểm, học trực tuyến cần đường dẫn https, học kết hợp cần ít nhất một trong hai.',
    en: 'The venue does not fit the course mode: in person needs a place, online an https link, mixed at least one of them.',
  },
  'COURSE.SESSION_HELD': {
    vi: 'Buổi học[ {sessionId}] đã được điểm danh, không thể huỷ.',
    en: 'The session[ {sessionId}] has its attendance recorded; it cannot be cancelled.',
  },
  'COURSE.SESSION_NOT_HELD_YET': {
    vi: 'Buổi học chưa diễn ra[ (ngày {date})], chưa thể điểm danh.',
    en: 'The session has not taken place yet[ (on {date})]; attendance cannot be recorded.',
  },
  'COURSE.ALREADY_ENROLLED': { vi: 'Người này đã đăng ký khoá đào tạo.', en: 'This person is already enrolled in the course.' },
  'COURSE.ENROLMENT_NOT_FOUND': { vi: 'Người này chưa đăng ký khoá đào tạo.', en: 'This person is not enrolled in the course.' },
  'COURSE.ENROLMENT_NOT_PENDING': { vi: 'Đăng ký này không ở trạng thái chờ duyệt.', en: 'This enrolment is not awaiting approval.' },
  'COURSE.FULL': {
    vi: 'Khoá đào tạo đã đủ học viên[ ({capacity} người)] và không có danh sách chờ.',
    en: 'The course is full[ ({capacity} places)] and keeps no waiting list.',
  },
  'COURSE.PREREQUISITES_NOT_MET': {
    vi: 'Học viên chưa có đủ chứng chỉ còn hiệu lực là điều kiện tham gia khoá đào tạo.',
    en: 'The learner lacks a valid qualification the course requires first.',
  },
  'COURSE.ABROAD_NEEDS_ONLINE': {
    vi: 'Học viên ở nước ngoài chỉ tham gia được khoá đào tạo trực tuyến hoặc kết hợp.',
    en: 'A learner abroad can join only an online or mixed course.',
  },
  'COURSE.NOT_CONFIRMED': {
    vi: 'Chỉ học viên đã được xác nhận chỗ trong khoá đào tạo mới được điểm danh hoặc đánh giá[ ({field})].',
    en: 'Only learners with a confirmed place are recorded or assessed[ ({field})].',
  },
  'COURSE.NO_SESSIONS': { vi: 'Khoá đào tạo chưa có buổi học nào.', en: 'The course has no sessions.' },
  'COURSE.COMPLETED_BEFORE_LAST_SESSION': {
    vi: 'Ngày kết thúc khoá đào tạo không được trước buổi học cuối cùng[ (ngày {lastSessionOn})].',
    en: 'A course cannot be completed before its last session[ (on {lastSessionOn})].',
  },
  'COURSE.ATTENDANCE_MISSING': {
    vi: 'Còn buổi học chưa được điểm danh; hãy điểm danh trước khi kết thúc khoá đào tạo.',
    en: 'Some sessions have no attendance recorded; record it before completing the course.',
  },
  'COURSE.ASSESSMENT_MISSING': {
    vi: 'Còn học viên đủ chuyên cần nhưng chưa có điểm đánh giá; hãy nhập điểm trước khi kết thúc khoá đào tạo.',
    en: 'Some learners attended enough but have no score; record it before completing the course.',
  },
};

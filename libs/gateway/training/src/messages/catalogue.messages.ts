import type { CatalogueErrorCode } from '@tn/training-contracts';
import type { ContextMessages } from '@tn/gateway-graphql-kit';

/** Curricula, materials and coordination models (libs/training/domain/src/catalogue). */
export const CATALOGUE_MESSAGES: ContextMessages<CatalogueErrorCode> = {
  'CATALOGUE.ACTOR_REQUIRED': { vi: 'Không xác định được người thực hiện thao tác.', en: 'The acting user is missing.' },
  'CATALOGUE.DATE_INVALID': {
    vi: 'Ngày thực hiện không hợp lệ[ ở trường {field}]; hãy dùng định dạng YYYY-MM-DD.',
    en: 'The date of the act is invalid[ in {field}]; use the YYYY-MM-DD format.',
  },
  'CATALOGUE.TEXT_REQUIRED': {
    vi: 'Nội dung bắt buộc còn để trống[ ({field})]: tiêu đề, tên, mô tả, ghi chú hoặc lý do.',
    en: 'A required text is blank[ ({field})]: a title, name, description, note or reason.',
  },
  'CATALOGUE.TARGET_GROUP_UNKNOWN': {
    vi: 'Nhóm đối tượng không hợp lệ[ ({field})]; dùng province-cadres (cán bộ cấp tỉnh), commune-cadres (cán bộ cấp xã), grassroots-cadres (cán bộ cơ sở), group-leaders (trưởng nhóm), volunteers (tình nguyện viên), pioneer-leaders (phụ trách Đội) hoặc trainers (giảng viên).',
    en: 'Unknown target group[ ({field})]; use province-cadres, commune-cadres, grassroots-cadres, group-leaders, volunteers, pioneer-leaders or trainers.',
  },
  'CURRICULUM.ALREADY_EXISTS': {
    vi: 'Mã chương trình đào tạo[ {curriculumId}] đã được sử dụng; hãy chọn mã khác.',
    en: 'The curriculum id[ {curriculumId}] is already used; choose another id.',
  },
  'CURRICULUM.NOT_FOUND': { vi: 'Không tìm thấy chương trình đào tạo[ {curriculumId}].', en: 'The curriculum[ {curriculumId}] was not found.' },
  'CURRICULUM.RETIRED': {
    vi: 'Chương trình đào tạo[ {curriculumId}] đã ngừng sử dụng, không thể dùng cho nội dung mới hay sửa đổi.',
    en: 'The curriculum[ {curriculumId}] is retired: it takes nothing new and is no longer revised.',
  },
  'CURRICULUM.MODULES_REQUIRED': { vi: 'Chương trình đào tạo cần ít nhất một học phần.', en: 'A curriculum needs at least one module.' },
  'CURRICULUM.MODULE_INVALID': {
    vi: 'Học phần không hợp lệ[ ({field})]: cần mã, tên, số giờ lớn hơn 0 và ít nhất một chuẩn đầu ra.',
    en: 'Invalid module[ ({field})]: it needs an id, a title, more than 0 hours and at least one learning outcome.',
  },
  'CURRICULUM.MODULE_ID_DUPLICATE': {
    vi: 'Mã học phần[ {moduleId}] bị trùng; mỗi học phần cần một mã riêng.',
    en: 'The module id[ {moduleId}] is listed twice; each module needs its own id.',
  },
  'MATERIAL.ALREADY_EXISTS': {
    vi: 'Mã tài liệu[ {materialId}] đã được sử dụng; hãy chọn mã khác.',
    en: 'The material id[ {materialId}] is already used; choose another id.',
  },
  'MATERIAL.NOT_FOUND': { vi: 'Không tìm thấy tài liệu[ {materialId}].', en: 'The material[ {materialId}] was not found.' },
  'MATERIAL.RETIRED': {
    vi: 'Tài liệu[ {materialId}] đã ngừng sử dụng, không thể thêm hay phê duyệt phiên bản.',
    en: 'The material[ {materialId}] is retired: no version can be added or approved.',
  },
  'MATERIAL.KIND_UNKNOWN': {
    vi: 'Loại tài liệu không hợp lệ; dùng handbook (sổ tay), slides (bài trình chiếu), video, worksheet (phiếu bài tập) hoặc other (khác).',
    en: 'Unknown kind of material; use handbook, slides, video, worksheet or other.',
  },
  'MATERIAL.TARGET_GROUPS_REQUIRED': {
    vi: 'Tài liệu cần ghi ít nhất một nhóm đối tượng sử dụng.',
    en: 'A material names at least one target group.',
  },
  'MATERIAL.VERSION_OUT_OF_SEQUENCE': {
    vi: 'Phiên bản được thêm theo thứ tự[: phiên bản tiếp theo là {expected}].',
    en: 'Versions are added in order[: the next one is {expected}].',
  },
  'MATERIAL.VERSION_EXISTS': {
    vi: 'Phiên bản[ {version}] của tài liệu đã có và không thể thay đổi; hãy thêm phiên bản mới.',
    en: 'Version[ {version}] of the material exists and never changes; add a new version.',
  },
  'MATERIAL.VERSION_NOT_FOUND': {
    vi: 'Tài liệu không có phiên bản[ {version}].',
    en: 'The material has no version[ {version}].',
  },
  'MATERIAL.URL_INVALID': {
    vi: 'Địa chỉ tệp phải là một địa chỉ https đầy đủ, không chứa tên đăng nhập hay mật khẩu.',
    en: 'The file address must be a full https address, without a user name or password.',
  },
  'MATERIAL.CHECKSUM_INVALID': {
    vi: 'Mã kiểm tra của tệp là giá trị SHA-256 gồm 64 chữ số thập lục phân.',
    en: "The file's checksum is a SHA-256 digest of 64 hexadecimal digits.",
  },
  'COORDINATION_MODEL.ALREADY_EXISTS': {
    vi: 'Mã mô hình điều phối[ {modelId}] đã được sử dụng; hãy chọn mã khác.',
    en: 'The coordination model id[ {modelId}] is already used; choose another id.',
  },
  'COORDINATION_MODEL.NOT_FOUND': { vi: 'Không tìm thấy mô hình điều phối[ {modelId}].', en: 'The coordination model[ {modelId}] was not found.' },
  'COORDINATION_MODEL.RETIRED': {
    vi: 'Mô hình điều phối[ {modelId}] đã ngừng áp dụng, không thể sửa đổi hay công bố lại.',
    en: 'The coordination model[ {modelId}] is retired: it can no longer be revised or published.',
  },
  'COORDINATION_MODEL.NOT_PUBLISHED': {
    vi: 'Mô hình điều phối[ {modelId}] mới là bản dự thảo, chưa được công bố.',
    en: 'The coordination model[ {modelId}] is still a draft; it has not been published.',
  },
};

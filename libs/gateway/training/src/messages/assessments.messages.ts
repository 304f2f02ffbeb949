import type { ASSESSMENT_ERROR_CODES } from '@tn/training-contracts';
import type { ContextMessages } from '@tn/gateway-graphql-kit';

type AssessmentErrorCode = (typeof ASSESSMENT_ERROR_CODES)[number];

/** Capacity rubrics and capacity assessments (libs/training/domain/src/assessments). */
export const ASSESSMENT_MESSAGES: ContextMessages<AssessmentErrorCode> = {
  'CAPACITY_RUBRIC.ALREADY_EXISTS': {
    vi: 'Mã bộ tiêu chí đánh giá năng lực[ {rubricId}] đã được sử dụng; hãy chọn mã khác.',
    en: 'The capacity rubric id[ {rubricId}] is already used; choose another id.',
  },
  'CAPACITY_RUBRIC.CRITERIA_REQUIRED': { vi: 'Bộ tiêu chí cần ít nhất một tiêu chí.', en: 'A rubric needs at least one criterion.' },
  'CAPACITY_RUBRIC.CRITERION_DUPLICATE': {
    vi: 'Mã tiêu chí[ {criterionId}] bị trùng; mỗi tiêu chí cần một mã riêng.',
    en: 'The criterion id[ {criterionId}] is listed twice; each criterion needs its own id.',
  },
  'CAPACITY_RUBRIC.DATE_INVALID': {
    vi: 'Ngày thực hiện không hợp lệ[ ở trường {field}]; hãy dùng định dạng YYYY-MM-DD.',
    en: 'The date of the act is invalid[ in {field}]; use the YYYY-MM-DD format.',
  },
  'CAPACITY_RUBRIC.FIELD_REQUIRED': {
    vi: 'Thông tin bắt buộc của bộ tiêu chí còn để trống[ ({field})].',
    en: 'A required field of the rubric is blank[ ({field})].',
  },
  'CAPACITY_RUBRIC.LEVEL_UNKNOWN': {
    vi: 'Cấp áp dụng không hợp lệ; dùng central (trung ương), province (tỉnh), commune (xã) hoặc grassroots (cơ sở).',
    en: 'Unknown level; use central, province, commune or grassroots.',
  },
  'CAPACITY_RUBRIC.NOT_FOUND': { vi: 'Không tìm thấy bộ tiêu chí đánh giá năng lực[ {rubricId}].', en: 'The capacity rubric[ {rubricId}] was not found.' },
  'CAPACITY_RUBRIC.SCALE_INVALID': {
    vi: 'Thang điểm không hợp lệ[ ({field})]: cận dưới và cận trên là số nguyên từ 0 đến 100, cận dưới nhỏ hơn cận trên.',
    en: 'Invalid scale[ ({field})]: its bounds are whole numbers from 0 to 100, the lower below the upper.',
  },
  'CAPACITY_RUBRIC.SUBJECT_KIND_UNKNOWN': {
    vi: 'Đối tượng đánh giá không hợp lệ; dùng unit (đơn vị) hoặc cadre (cán bộ).',
    en: 'Unknown kind of subject; use unit or cadre.',
  },
  'CAPACITY_RUBRIC.VERSION_UNKNOWN': {
    vi: 'Bộ tiêu chí không có phiên bản[ {rubricVersion}][; phiên bản mới nhất là {latestVersion}].',
    en: 'The rubric has no version[ {rubricVersion}][; the latest is {latestVersion}].',
  },
  'CAPACITY_RUBRIC.WEIGHT_INVALID': {
    vi: 'Trọng số của tiêu chí phải là số dương[ ({field})].',
    en: 'A criterion weight must be a positive number[ ({field})].',
  },
  'CAPACITY_ASSESSMENT.ALREADY_RECORDED': {
    vi: 'Đối tượng này đã được đánh giá theo bộ tiêu chí này trong kỳ này; hãy sửa đổi bản đánh giá đã có.',
    en: 'This subject is already assessed on this rubric for this period; amend the existing assessment.',
  },
  'CAPACITY_ASSESSMENT.AMENDMENT_EMPTY': {
    vi: 'Nội dung sửa đổi cần thay đổi điểm, kế hoạch khắc phục hoặc cả hai.',
    en: 'An amendment changes the scores, the follow-up plan or both.',
  },
  'CAPACITY_ASSESSMENT.CRITERION_NOT_SCORED': {
    vi: 'Mỗi tiêu chí của bộ tiêu chí đều phải được chấm điểm; còn tiêu chí chưa có điểm.',
    en: 'Every criterion of the rubric is scored; some criterion has no score.',
  },
  'CAPACITY_ASSESSMENT.CRITERION_SCORED_TWICE': {
    vi: 'Tiêu chí[ {criterionId}] được chấm điểm hai lần.',
    en: 'The criterion[ {criterionId}] is scored twice.',
  },
  'CAPACITY_ASSESSMENT.CRITERION_UNKNOWN': {
    vi: 'Phiên bản bộ tiêu chí không có tiêu chí[ {criterionId}].',
    en: 'The rubric version has no criterion[ {criterionId}].',
  },
  'CAPACITY_ASSESSMENT.DATE_INVALID': {
    vi: 'Ngày thực hiện không hợp lệ[ ở trường {field}]; hãy dùng định dạng YYYY-MM-DD.',
    en: 'The date of the act is invalid[ in {field}]; use the YYYY-MM-DD format.',
  },
  'CAPACITY_ASSESSMENT.FIELD_REQUIRED': {
    vi: 'Thông tin bắt buộc của bản đánh giá còn để trống[ ({field})].',
    en: 'A required field of the assessment is blank[ ({field})].',
  },
  'CAPACITY_ASSESSMENT.FINALISED': {
    vi: 'Bản đánh giá đã được chốt[ ngày {finalisedOn}], không thể sửa đổi.',
    en: 'The assessment was finalised[ on {finalisedOn}]; it can no longer be amended.',
  },
  'CAPACITY_ASSESSMENT.ID_MISMATCH': {
    vi: 'Mã bản đánh giá phải ghép từ mã bộ tiêu chí, mã đối tượng và kỳ đánh giá[: {expected}].',
    en: 'The assessment id is made of the rubric, the subject and the period[: {expected}].',
  },
  'CAPACITY_ASSESSMENT.NOT_FOUND': { vi: 'Không tìm thấy bản đánh giá năng lực.', en: 'The capacity assessment was not found.' },
  'CAPACITY_ASSESSMENT.PERIOD_INVALID': {
    vi: 'Kỳ đánh giá không hợp lệ; dùng năm (2026), nửa năm (2026-H1, 2026-H2) hoặc quý (2026-Q1 đến 2026-Q4).',
    en: 'Invalid period; use a year (2026), a half-year (2026-H1, 2026-H2) or a quarter (2026-Q1 to 2026-Q4).',
  },
  'CAPACITY_ASSESSMENT.PERIOD_NOT_STARTED': {
    vi: 'Kỳ đánh giá chưa bắt đầu[ (bắt đầu từ ngày {startsOn})].',
    en: 'The period has not started yet[ (it starts on {startsOn})].',
  },
  'CAPACITY_ASSESSMENT.RUBRIC_SUBJECT_MISMATCH': {
    vi: 'Bộ tiêu chí này dùng cho loại đối tượng khác[ ({rubricSubjectKind})].',
    en: 'This rubric assesses another kind of subject[ ({rubricSubjectKind})].',
  },
  'CAPACITY_ASSESSMENT.SCORE_OUT_OF_SCALE': {
    vi: 'Điểm nằm ngoài thang điểm[ ({field})][: từ {min} đến {max}].',
    en: 'The score is outside the scale[ ({field})][: from {min} to {max}].',
  },
  'CAPACITY_ASSESSMENT.SUBJECT_INVALID': {
    vi: 'Đối tượng đánh giá không hợp lệ[ ({field})]: là unit (đơn vị, khi đó đơn vị của đối tượng là chính nó) hoặc cadre (cán bộ, kèm đơn vị công tác).',
    en: 'Invalid subject[ ({field})]: a unit (its unit is itself) or a cadre (with the unit they serve in).',
  },
};

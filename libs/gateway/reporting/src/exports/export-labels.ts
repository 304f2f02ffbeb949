import type { ExportLanguage } from './export-views';

/** Every word an export prints around the view's own (already localised) names and texts. */
export interface ExportLabels {
  locale: string;
  yes: string;
  no: string;
  none: string;
  page: string;
  report: {
    unit: string;
    template: string;
    period: string;
    status: string;
    opensOn: string;
    dueOn: string;
    closesOn: string;
    submittedAt: string;
    approvedAt: string;
  };
  review: { title: string; unit: string; years: string };
  sheets: {
    summary: string;
    indicators: string;
    sections: string;
    children: string;
    commendations: string;
    history: string;
    progress: string;
    trend: string;
    units: string;
    behindTarget: string;
  };
  columns: {
    indicator: string;
    measure: string;
    value: string;
    numerator: string;
    denominator: string;
    target: string;
    progress: string;
    approvedValue: string;
    currentValue: string;
    difference: string;
    section: string;
    text: string;
    unitId: string;
    unitName: string;
    status: string;
    onTime: string;
    subjectKind: string;
    subject: string;
    award: string;
    reason: string;
    action: string;
    at: string;
    reached: string;
  };
  charts: { valueAgainstTarget: string; eachRowOwnScale: string; trend: string; year: string };
}

const VI: ExportLabels = {
  locale: 'vi-VN',
  yes: 'Có',
  no: 'Không',
  none: 'Không có',
  page: 'Trang',
  report: {
    unit: 'Đơn vị',
    template: 'Mẫu báo cáo',
    period: 'Kỳ báo cáo',
    status: 'Trạng thái',
    opensOn: 'Mở nhập từ',
    dueOn: 'Hạn nộp',
    closesOn: 'Đóng nhập',
    submittedAt: 'Nộp lúc',
    approvedAt: 'Duyệt lúc',
  },
  review: { title: 'Tên báo cáo', unit: 'Đơn vị', years: 'Giai đoạn' },
  sheets: {
    summary: 'Thông tin chung',
    indicators: 'Chỉ tiêu',
    sections: 'Nội dung báo cáo',
    children: 'Đơn vị cấp dưới',
    commendations: 'Khen thưởng',
    history: 'Lịch sử',
    progress: 'Tiến độ so với chỉ tiêu',
    trend: 'Xu hướng theo năm',
    units: 'Kết quả các đơn vị',
    behindTarget: 'Đơn vị chưa đạt chỉ tiêu',
  },
  columns: {
    indicator: 'Chỉ tiêu',
    measure: 'Đơn vị tính',
    value: 'Giá trị',
    numerator: 'Tử số',
    denominator: 'Mẫu số',
    target: 'Mục tiêu',
    progress: 'Tiến độ (%)',
    approvedValue: 'Giá trị khi duyệt',
    currentValue: 'Giá trị hiện tại',
    difference: 'Chênh lệch',
    section: 'Mục',
    text: 'Nội dung',
    unitId: 'Mã đơn vị',
    unitName: 'Tên đơn vị',
    status: 'Trạng thái',
    onTime: 'Đúng hạn',
    subjectKind: 'Đối tượng',
    subject: 'Tên đối tượng',
    award: 'Hình thức',
    reason: 'Lý do',
    action: 'Thao tác',
    at: 'Thời điểm',
    reached: 'Đạt mục tiêu',
  },
  charts: {
    valueAgainstTarget: 'Giá trị so với mục tiêu',
    eachRowOwnScale: 'Mỗi chỉ tiêu vẽ theo thang riêng của nó.',
    trend: 'Xu hướng theo năm',
    year: 'Năm',
  },
};

const EN: ExportLabels = {
  locale: 'en-US',
  yes: 'Yes',
  no: 'No',
  none: 'None',
  page: 'Page',
  report: {
    unit: 'Unit',
    template: 'Report template',
    period: 'Period',
    status: 'Status',
    opensOn: 'Opens on',
    dueOn: 'Due on',
    closesOn: 'Closes on',
    submittedAt: 'Submitted at',
    approvedAt: 'Approved at',
  },
  review: { title: 'Title', unit: 'Unit', years: 'Years' },
  sheets: {
    summary: 'Summary',
    indicators: 'Indicators',
    sections: 'Narrative',
    children: 'Child units',
    commendations: 'Commendations',
    // Excel reserves the sheet name "History".
    history: 'Report history',
    progress: 'Progress against targets',
    trend: 'Trend per year',
    units: 'Units',
    behindTarget: 'Units behind target',
  },
  columns: {
    indicator: 'Indicator',
    measure: 'Measure',
    value: 'Value',
    numerator: 'Numerator',
    denominator: 'Denominator',
    target: 'Target',
    progress: 'Progress (%)',
    approvedValue: 'Value at approval',
    currentValue: 'Current value',
    difference: 'Difference',
    section: 'Section',
    text: 'Text',
    unitId: 'Unit id',
    unitName: 'Unit name',
    status: 'Status',
    onTime: 'On time',
    subjectKind: 'Subject kind',
    subject: 'Subject',
    award: 'Award',
    reason: 'Reason',
    action: 'Action',
    at: 'At',
    reached: 'Target reached',
  },
  charts: {
    valueAgainstTarget: 'Value against target',
    eachRowOwnScale: 'Each indicator is drawn on its own scale.',
    trend: 'Trend per year',
    year: 'Year',
  },
};

const LABELS: Record<ExportLanguage, ExportLabels> = { vi: VI, en: EN };

export const exportLabelsOf = (language: ExportLanguage): ExportLabels => LABELS[language];

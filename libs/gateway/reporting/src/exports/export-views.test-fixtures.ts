import type { ExportChildRow, ExportIndicatorRow, ExportLanguage, ReportExportView, ReviewExportView, ReviewIndicatorRow } from './index';

const REPORT_INDICATORS: ExportIndicatorRow[] = [
  {
    indicatorId: 'K1',
    name: 'Tỷ lệ hoạt động tình nguyện của đoàn viên',
    unit: '%',
    value: 45.5,
    numerator: 91,
    denominator: 200,
    target: 60,
    progress: 75.83,
    change: { approved: 45.5, current: 47, difference: 1.5 },
  },
  {
    indicatorId: 'K2',
    name: 'Số tình nguyện viên được đào tạo kỹ năng',
    unit: '',
    value: 1250,
    numerator: null,
    denominator: null,
    target: 1000,
    progress: 100,
  },
  { indicatorId: 'K3', name: 'Số công trình thanh niên', unit: '', value: null, numerator: null, denominator: null, target: null, progress: null },
];

// K9 is no indicator of the report's own list: a child's figure the export must still show.
const childrenOf = (vi: boolean): ExportChildRow[] => [
  { unitId: 'chi-doan-lao-chai', name: 'Chi đoàn thôn Lao Chải', status: vi ? 'Đã duyệt' : 'Approved', onTime: true, values: { K1: 52.25, K2: 700 } },
  { unitId: 'chi-doan-ta-van-giay', name: 'Chi đoàn thôn Tả Van Giáy', status: vi ? 'Miễn nộp' : 'Excused', onTime: null, values: { K1: null, K9: 3 } },
];

/** A commune youth union's yearly report with two villages' branches under it, in either language. */
export function reportViewOf(language: ExportLanguage): ReportExportView {
  const vi = language === 'vi';
  return {
    language,
    unit: { id: 'xa-ta-van', name: 'Đoàn xã Tả Van' },
    template: { id: 'yearly', name: vi ? 'Báo cáo năm' : 'Yearly report' },
    period: 'Y2026',
    status: vi ? 'Đã duyệt' : 'Approved',
    window: { opensOn: '2026-12-01', dueOn: '2027-01-10', closesOn: '2027-03-31' },
    submittedAt: '2027-01-08T03:00:00.000Z',
    approvedAt: '2027-01-12T08:30:00.000Z',
    indicators: REPORT_INDICATORS,
    sections: [
      { title: 'Kết quả thực hiện', text: 'Tổ chức 12 đợt ra quân, tiếp sức mùa thi ở bản Lao Chải.' },
      { title: 'Hạn chế, nguyên nhân', text: 'Địa bàn rộng, giao thông khó khăn vào mùa mưa.' },
    ],
    children: childrenOf(vi),
    commendations: [
      {
        subjectKind: vi ? 'Đơn vị' : 'Unit',
        subjectName: 'Chi đoàn thôn Lao Chải',
        award: 'Giấy khen',
        reason: 'Thành tích xuất sắc trong Khen thưởng mùa hè tình nguyện',
      },
    ],
    history: [
      { action: vi ? 'Nộp' : 'Submitted', at: '2027-01-08T03:00:00.000Z', text: null },
      { action: vi ? 'Duyệt' : 'Approved', at: '2027-01-12T08:30:00.000Z', text: 'Đồng ý, đề nghị phát huy.' },
    ],
  };
}

const REVIEW_INDICATORS: ReviewIndicatorRow[] = [
  {
    indicatorId: 'K1',
    name: 'Tỷ lệ hoạt động tình nguyện của đoàn viên',
    unit: '%',
    trend: [
      { year: 2023, value: 30.5 },
      { year: 2024, value: null },
      { year: 2025, value: 48.75 },
    ],
    value: 48.75,
    target: 50,
    progress: 97.5,
    reached: false,
  },
  {
    indicatorId: 'K2',
    name: 'Số tình nguyện viên được đào tạo kỹ năng',
    unit: '',
    trend: [
      { year: 2023, value: 800 },
      { year: 2024, value: 1100 },
      { year: 2025, value: 1320 },
    ],
    value: 1320,
    target: 1200,
    progress: 100,
    reached: true,
  },
];

/** The mid-term review of a town with two communes under it, in either language. */
export function reviewViewOf(language: ExportLanguage): ReviewExportView {
  const vi = language === 'vi';
  return {
    language,
    unit: { id: 'huyen-sa-pa', name: 'Đoàn thị xã Sa Pa' },
    year: 2025,
    fromYear: 2023,
    title: vi ? 'Sơ kết giữa kỳ Đề án 1481' : 'Mid-term review of Scheme 1481',
    indicators: REVIEW_INDICATORS,
    units: [
      {
        unitId: 'xa-ta-van',
        name: 'Đoàn xã Tả Van',
        values: { K1: { value: 41.5, target: 50, reached: false }, K2: { value: 640, target: 600, reached: true } },
      },
      {
        unitId: 'xa-ban-ho',
        name: 'Đoàn xã Bản Hồ',
        values: { K1: { value: 55, target: 50, reached: true }, K2: { value: 680, target: 600, reached: true } },
      },
    ],
    behindTarget: [{ indicatorId: 'K1', name: 'Tỷ lệ hoạt động tình nguyện của đoàn viên', units: ['xa-ta-van'] }],
  };
}

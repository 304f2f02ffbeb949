import { EXPORT_CONTENT_TYPES, type ExportFormat, exportFileName } from './index';

describe('naming an export file', () => {
  it('joins kind, unit and period or year, in ASCII letters only', () => {
    expect(exportFileName('yearly', 'xa-ta-van', 'Y2026', 'xlsx')).toBe('yearly-xa-ta-van-Y2026.xlsx');
    expect(exportFileName('review', 'huyen-sa-pa', 2025, 'pdf')).toBe('review-huyen-sa-pa-2025.pdf');
  });

  it('takes the marks off Vietnamese letters and turns anything else unsafe into single dashes', () => {
    const name = exportFileName('báo cáo', 'Đoàn xã Tả Van/../"x"', 'H2026-1', 'pdf');
    expect(name).toBe('bao-cao-Doan-xa-Ta-Van-x-H2026-1.pdf');
    expect(name).toMatch(/^[A-Za-z0-9_.-]+$/);
  });

  it('names the content type of each format', () => {
    const formats: ExportFormat[] = ['xlsx', 'pdf'];
    expect(formats.map((format) => EXPORT_CONTENT_TYPES[format])).toEqual([
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/pdf',
    ]);
  });
});

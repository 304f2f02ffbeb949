export { EXPORT_CONTENT_TYPES, type ExportFormat, exportFileName } from './export-file-name';
export type { ExportChildRow, ExportIndicatorRow, ExportLanguage, ReportExportView, ReviewExportView, ReviewIndicatorRow } from './export-views';
export { reportToPdf } from './report-pdf';
export { reportToXlsx } from './report-xlsx';
export { reviewToPdf } from './review-pdf';
export { reviewToXlsx } from './review-xlsx';

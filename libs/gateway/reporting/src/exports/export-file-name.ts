export type ExportFormat = 'xlsx' | 'pdf';

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

// Letters without their marks ("Đoàn" -> "Doan"), anything else outside [A-Za-z0-9_] a single dash:
// the name travels in a Content-Disposition header and through every file system.
function asciiPart(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "report-xa-ta-van-H2026-1.xlsx", "yearly-…", "review-tinh-lao-cai-2025.pdf": what a download is saved as. */
export function exportFileName(kind: string, unitId: string, periodOrYear: string | number, format: ExportFormat): string {
  const parts = [kind, unitId, String(periodOrYear)].map(asciiPart).filter(Boolean);
  return `${parts.join('-') || 'export'}.${format}`;
}

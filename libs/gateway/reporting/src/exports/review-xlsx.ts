import { exportLabelsOf } from './export-labels';
import type { ReviewExportView } from './export-views';
import { reviewBehindTargetTable, reviewProgressTable, reviewSummaryOf, reviewTrendTable, reviewUnitsWideTable } from './review-tables';
import { addFieldsSheet, addTableSheet, newWorkbook, workbookBuffer } from './xlsx-kit';

/** A programme review as a workbook: summary, progress against targets, trend per year, units, units behind target. */
export async function reviewToXlsx(view: ReviewExportView): Promise<Buffer> {
  const labels = exportLabelsOf(view.language);
  const book = newWorkbook(`${view.title} – ${view.unit.name}`);
  addFieldsSheet(book, labels.sheets.summary, reviewSummaryOf(view, labels));
  for (const table of [reviewProgressTable, reviewTrendTable, reviewUnitsWideTable, reviewBehindTargetTable]) {
    addTableSheet(book, table(view, labels));
  }
  return workbookBuffer(book);
}

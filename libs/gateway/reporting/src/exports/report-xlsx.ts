import { exportLabelsOf } from './export-labels';
import type { ReportExportView } from './export-views';
import {
  reportChildrenWideTable,
  reportCommendationsTable,
  reportHistoryTable,
  reportIndicatorTable,
  reportSectionsTable,
  reportSummaryOf,
} from './report-tables';
import { addFieldsSheet, addTableSheet, newWorkbook, workbookBuffer } from './xlsx-kit';

/** A report as a workbook: summary, indicators, narrative, child units, commendations, history (each sheet even when empty). */
export async function reportToXlsx(view: ReportExportView): Promise<Buffer> {
  const labels = exportLabelsOf(view.language);
  const book = newWorkbook(`${view.template.name} – ${view.unit.name} – ${view.period}`);
  addFieldsSheet(book, labels.sheets.summary, reportSummaryOf(view, labels));
  for (const table of [reportIndicatorTable, reportSectionsTable, reportChildrenWideTable, reportCommendationsTable, reportHistoryTable]) {
    addTableSheet(book, table(view, labels));
  }
  return workbookBuffer(book);
}

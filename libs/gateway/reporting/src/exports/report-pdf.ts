import { exportLabelsOf } from './export-labels';
import type { ReportExportView } from './export-views';
import { drawValueTargetBars } from './pdf-charts';
import { fieldList, heading, newPdf, note, numberPages, paragraph, pdfBuffer, startPart } from './pdf-kit';
import { drawTable } from './pdf-table';
import { reportChildrenLongTable, reportCommendationsTable, reportHistoryTable, reportIndicatorTable, reportSummaryOf } from './report-tables';

/**
 * A report as a printable document, each part on pages of its own: summary and indicator table,
 * value-against-target chart, narrative, child units (only when the unit has any), commendations, history.
 */
export async function reportToPdf(view: ReportExportView): Promise<Buffer> {
  const labels = exportLabelsOf(view.language);
  const title = `${view.template.name} – ${view.period}`;
  const doc = newPdf(`${title} – ${view.unit.name}`);
  heading(doc, title, 16);
  heading(doc, view.unit.name, 12);
  fieldList(doc, reportSummaryOf(view, labels));
  const indicators = reportIndicatorTable(view, labels);
  heading(doc, indicators.title, 12);
  drawTable(doc, indicators, labels.locale, labels.none);

  startPart(doc, labels.charts.valueAgainstTarget);
  note(doc, labels.charts.eachRowOwnScale);
  drawValueTargetBars(
    doc,
    view.indicators.map((row) => ({ label: row.name, unit: row.unit, value: row.value, target: row.target })),
    { locale: labels.locale, value: labels.columns.value, target: labels.columns.target },
  );

  startPart(doc, labels.sheets.sections);
  if (view.sections.length === 0) paragraph(doc, labels.none);
  for (const section of view.sections) {
    heading(doc, section.title, 11);
    paragraph(doc, section.text);
  }

  if (view.children.length > 0) {
    startPart(doc, labels.sheets.children);
    drawTable(doc, reportChildrenLongTable(view, labels), labels.locale, labels.none);
  }
  for (const table of [reportCommendationsTable(view, labels), reportHistoryTable(view, labels)]) {
    startPart(doc, table.title);
    drawTable(doc, table, labels.locale, labels.none);
  }
  numberPages(doc, labels.page);
  return pdfBuffer(doc);
}

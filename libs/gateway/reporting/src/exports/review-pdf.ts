import { exportLabelsOf } from './export-labels';
import type { ReviewExportView } from './export-views';
import { drawTrendGrid, drawValueTargetBars } from './pdf-charts';
import { fieldList, heading, newPdf, note, numberPages, pdfBuffer, startPart } from './pdf-kit';
import { drawTable } from './pdf-table';
import { reviewBehindTargetTable, reviewProgressTable, reviewSummaryOf, reviewUnitsLongTable, reviewYearsOf } from './review-tables';

/**
 * A programme review as a printable document, each part on pages of its own: summary and progress
 * against targets, value-against-target chart, a trend chart per indicator, the units below (only when
 * there are any), the units behind target.
 */
export async function reviewToPdf(view: ReviewExportView): Promise<Buffer> {
  const labels = exportLabelsOf(view.language);
  const words = { locale: labels.locale, value: labels.columns.value, target: labels.columns.target };
  const doc = newPdf(`${view.title} – ${view.unit.name}`);
  heading(doc, view.title, 16);
  heading(doc, view.unit.name, 12);
  fieldList(doc, reviewSummaryOf(view, labels));
  const progress = reviewProgressTable(view, labels);
  heading(doc, progress.title, 12);
  drawTable(doc, progress, labels.locale, labels.none);

  startPart(doc, labels.charts.valueAgainstTarget);
  note(doc, labels.charts.eachRowOwnScale);
  drawValueTargetBars(
    doc,
    view.indicators.map((row) => ({ label: row.name, unit: row.unit, value: row.value, target: row.target })),
    words,
  );

  startPart(doc, `${labels.charts.trend} ${view.fromYear}–${view.year}`);
  const years = reviewYearsOf(view);
  drawTrendGrid(
    doc,
    view.indicators.map((row) => ({
      title: row.name,
      unit: row.unit,
      target: row.target,
      points: years.map((year) => ({ year, value: row.trend.find((point) => point.year === year)?.value ?? null })),
    })),
    words,
  );

  if (view.units.length > 0) {
    startPart(doc, labels.sheets.units);
    drawTable(doc, reviewUnitsLongTable(view, labels), labels.locale, labels.none);
  }
  startPart(doc, labels.sheets.behindTarget);
  drawTable(doc, reviewBehindTargetTable(view, labels), labels.locale, labels.none);
  numberPages(doc, labels.page);
  return pdfBuffer(doc);
}

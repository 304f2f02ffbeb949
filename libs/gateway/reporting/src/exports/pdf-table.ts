import { formatFigure } from './export-number';
import type { ExportColumn, ExportTable } from './export-table';
import { bold, contentBottom, contentLeft, contentWidth, nfc, type Pdf, PDF_COLOURS, paragraph, regular } from './pdf-kit';

const PAD = 3;
const SIZE = 8;

/** A table across the page: the header again on every page it runs onto, figures in the export's locale, right-aligned. */
export function drawTable(doc: Pdf, table: ExportTable, locale: string, emptyText: string): void {
  const total = table.columns.reduce((sum, column) => sum + column.width, 0);
  const widths = table.columns.map((column) => (column.width / total) * contentWidth(doc));
  const header = table.columns.map((column) => column.header);
  // A header alone at the foot of a page says nothing: keep room for a row under it.
  if (doc.y + 2 * rowHeight(doc, header, widths, true) > contentBottom(doc)) doc.addPage();
  drawRow(doc, header, widths, table.columns, true);
  if (table.rows.length === 0) {
    doc.moveDown(0.4);
    paragraph(doc, emptyText);
    return;
  }
  for (const row of table.rows) {
    const texts = row.map((cell) => (typeof cell === 'number' ? formatFigure(cell, locale) : nfc(cell ?? '')));
    if (doc.y + rowHeight(doc, texts, widths, false) > contentBottom(doc)) {
      doc.addPage();
      drawRow(doc, header, widths, table.columns, true);
    }
    drawRow(doc, texts, widths, table.columns, false);
  }
  doc.moveDown(0.6);
}

function rowHeight(doc: Pdf, texts: string[], widths: number[], isHeader: boolean): number {
  (isHeader ? bold : regular)(doc, SIZE);
  return Math.max(...texts.map((text, index) => doc.heightOfString(text || ' ', { width: widths[index] - 2 * PAD }))) + 2 * PAD;
}

function drawRow(doc: Pdf, texts: string[], widths: number[], columns: ExportColumn[], isHeader: boolean): void {
  const height = rowHeight(doc, texts, widths, isHeader);
  const left = contentLeft(doc);
  const width = contentWidth(doc);
  const top = doc.y;
  if (isHeader) doc.rect(left, top, width, height).fill(PDF_COLOURS.headerFill);
  (isHeader ? bold : regular)(doc, SIZE);
  let x = left;
  texts.forEach((text, index) => {
    doc.text(text, x + PAD, top + PAD, { width: widths[index] - 2 * PAD, align: columns[index].numeric && !isHeader ? 'right' : 'left' });
    x += widths[index];
  });
  doc
    .moveTo(left, top + height)
    .lineTo(left + width, top + height)
    .lineWidth(0.5)
    .strokeColor(PDF_COLOURS.rule)
    .stroke();
  doc.x = left;
  doc.y = top + height;
}

import PDFDocument from 'pdfkit';
import { PDF_FONTS } from './export-fonts';

export type Pdf = PDFKit.PDFDocument;

export const PDF_COLOURS = { ink: '#1f2937', muted: '#6b7280', rule: '#d1d5db', headerFill: '#f3f4f6', value: '#2563eb', target: '#9ca3af' };

/** Text as one code point per letter: a decomposed "ệ" would print as loose marks. */
export const nfc = (text: string): string => text.normalize('NFC');

export const contentLeft = (doc: Pdf): number => doc.page.margins.left;
export const contentWidth = (doc: Pdf): number => doc.page.width - doc.page.margins.left - doc.page.margins.right;
export const contentBottom = (doc: Pdf): number => doc.page.height - doc.page.margins.bottom;

/** A4 landscape (tables are wide), both DejaVu faces embedded, pages held back to number them at the end. */
export function newPdf(title: string): Pdf {
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 40, bufferPages: true, info: { Title: nfc(title), Creator: 'TinhNguyen' } });
  doc.registerFont(PDF_FONTS.regular.name, PDF_FONTS.regular.file());
  doc.registerFont(PDF_FONTS.bold.name, PDF_FONTS.bold.file());
  return regular(doc, 10);
}

export const regular = (doc: Pdf, size: number): Pdf => doc.font(PDF_FONTS.regular.name).fontSize(size).fillColor(PDF_COLOURS.ink);
export const bold = (doc: Pdf, size: number): Pdf => doc.font(PDF_FONTS.bold.name).fontSize(size).fillColor(PDF_COLOURS.ink);

export function heading(doc: Pdf, text: string, size = 14): void {
  bold(doc, size).text(nfc(text), contentLeft(doc), doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.4);
  regular(doc, 10);
}

export function paragraph(doc: Pdf, text: string, size = 10): void {
  regular(doc, size).text(nfc(text), contentLeft(doc), doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.6);
}

export function note(doc: Pdf, text: string): void {
  regular(doc, 8)
    .fillColor(PDF_COLOURS.muted)
    .text(nfc(text), contentLeft(doc), doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.4);
  regular(doc, 10);
}

/** Starts a part of the document on a page of its own. */
export function startPart(doc: Pdf, title: string): void {
  doc.addPage();
  heading(doc, title);
}

/** A new page when the next block of this height would not fit; true when one was added. */
export function ensureRoom(doc: Pdf, height: number): boolean {
  if (doc.y + height <= contentBottom(doc)) return false;
  doc.addPage();
  return true;
}

/** Labels bold in a narrow column, values beside them. */
export function fieldList(doc: Pdf, fields: [string, string][]): void {
  const left = contentLeft(doc);
  const labelWidth = 150;
  const valueWidth = contentWidth(doc) - labelWidth;
  for (const [label, value] of fields) {
    const top = doc.y;
    bold(doc, 10).text(nfc(label), left, top, { width: labelWidth });
    const labelBottom = doc.y;
    regular(doc, 10).text(nfc(value) || ' ', left + labelWidth, top, { width: valueWidth });
    doc.y = Math.max(labelBottom, doc.y);
  }
  doc.x = left;
  doc.moveDown(0.6);
}

/** "Trang 2/5" at the foot of every page; the bottom margin is lifted meanwhile, else pdfkit would start a page for it. */
export function numberPages(doc: Pdf, word: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    regular(doc, 8)
      .fillColor(PDF_COLOURS.muted)
      .text(`${word} ${index + 1}/${count}`, contentLeft(doc), doc.page.height - 25, { width: contentWidth(doc), align: 'center', lineBreak: false });
    doc.page.margins.bottom = margin;
  }
}

export function pdfBuffer(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

import { Workbook, type Worksheet } from 'exceljs';
import type { ExportTable } from './export-table';

// Excel refuses these in a sheet name and cuts names at 31 characters.
const sheetNameOf = (title: string): string => title.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);

const BOLD = { bold: true };

export function newWorkbook(title: string): Workbook {
  const book = new Workbook();
  book.title = title;
  book.creator = 'TinhNguyen';
  return book;
}

/** Label/value pairs down two columns, labels bold. */
export function addFieldsSheet(book: Workbook, title: string, fields: [string, string][]): Worksheet {
  const sheet = book.addWorksheet(sheetNameOf(title));
  sheet.columns = [{ width: 24 }, { width: 60 }];
  for (const field of fields) sheet.addRow(field);
  sheet.getColumn(1).font = BOLD;
  return sheet;
}

/** A table on its own sheet: bold frozen header row, set widths, numbers as numeric cells, long text wrapped. */
export function addTableSheet(book: Workbook, table: ExportTable): Worksheet {
  const sheet = book.addWorksheet(sheetNameOf(table.title), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((column) => ({ header: column.header, width: column.width }));
  sheet.getRow(1).font = BOLD;
  sheet.getRow(1).alignment = { vertical: 'top', wrapText: true };
  // An empty string would be a cell holding text; nothing is an empty cell.
  for (const row of table.rows) sheet.addRow(row.map((cell) => (cell === '' ? null : cell)));
  table.columns.forEach((column, index) => {
    if (column.width >= 40) sheet.getColumn(index + 1).alignment = { vertical: 'top', wrapText: true };
  });
  return sheet;
}

export async function workbookBuffer(book: Workbook): Promise<Buffer> {
  return Buffer.from(await book.xlsx.writeBuffer());
}

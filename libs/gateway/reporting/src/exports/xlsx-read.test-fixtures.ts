import { type CellValue, Workbook, type Worksheet } from 'exceljs';

export async function readWorkbook(file: Buffer): Promise<Workbook> {
  const book = new Workbook();
  await book.xlsx.load(file as unknown as Parameters<typeof book.xlsx.load>[0]);
  return book;
}

/** A sheet by its name; a missing one fails the test here. */
export function sheetOf(book: Workbook, name: string): Worksheet {
  const sheet = book.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet named ${name}; there are ${book.worksheets.map((each) => each.name).join(', ')}`);
  return sheet;
}

/** A sheet's rows as plain values, header first (exceljs numbers its rows and cells from 1). */
export function sheetRows(sheet: Worksheet): CellValue[][] {
  const rows: CellValue[][] = [];
  sheet.eachRow((row) => {
    rows.push(Array.from({ length: sheet.columnCount }, (_, index) => row.getCell(index + 1).value));
  });
  return rows;
}

import type { ExportLabels } from './export-labels';

/** One cell as both formats hold it: numbers stay numbers (numeric cells in XLSX, localised text in PDF). */
export type ExportCell = string | number | null;

export interface ExportColumn {
  header: string;
  /** In characters, for the XLSX column; the PDF shares its page width out in the same proportions. */
  width: number;
  numeric?: boolean;
}

/** A titled table both builders render: a sheet in XLSX, a part in PDF. */
export interface ExportTable {
  title: string;
  columns: ExportColumn[];
  rows: ExportCell[][];
}

/** A yes/no/unknown answer in the export's language (blank when unknown). */
export const yesNo = (answer: boolean | null, labels: ExportLabels): string => (answer === null ? '' : answer ? labels.yes : labels.no);

/** Keys of a record of figures in the order of the indicator list, then any the list does not name. */
export function indicatorColumnsOf(named: { indicatorId: string; name: string }[], records: Record<string, unknown>[]): { id: string; name: string }[] {
  const columns = named.map((indicator) => ({ id: indicator.indicatorId, name: indicator.name }));
  const known = new Set(columns.map((column) => column.id));
  for (const id of records.flatMap((record) => Object.keys(record))) {
    if (!known.has(id)) {
      known.add(id);
      columns.push({ id, name: id });
    }
  }
  return columns;
}

/** A figure as printed text in the export's locale ("1.234,5" in Vietnamese); blank when there is none. */
export function formatFigure(figure: number | null | undefined, locale: string): string {
  if (figure === null || figure === undefined || !Number.isFinite(figure)) return '';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(figure);
}

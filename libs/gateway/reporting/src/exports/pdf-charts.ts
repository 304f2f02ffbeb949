import { formatFigure } from './export-number';
import { bold, contentBottom, contentLeft, contentWidth, ensureRoom, nfc, type Pdf, PDF_COLOURS, regular } from './pdf-kit';

export interface ChartWords {
  locale: string;
  value: string;
  target: string;
}

export interface ValueTargetBar {
  label: string;
  unit: string;
  value: number | null;
  target: number | null;
}

export interface TrendSeries {
  title: string;
  unit: string;
  points: { year: number; value: number | null }[];
  target: number | null;
}

const BAR = 9;
const BAR_GAP = 3;

/** "45,5%" or "1.200": a figure with its measure. */
export function figureText(figure: number | null, unit: string, locale: string): string {
  const text = formatFigure(figure, locale);
  if (!text) return '–';
  return unit === '%' ? `${text}%` : [text, unit].filter(Boolean).join(' ');
}

/** The smallest 1, 2, 2.5 or 5 times a power of ten at or above the figure: round axis ends. */
export function niceCeiling(figure: number): number {
  if (!(figure > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(figure));
  return ([1, 2, 2.5, 5, 10].find((step) => step * power >= figure) ?? 10) * power;
}

function legend(doc: Pdf, words: ChartWords): void {
  const left = contentLeft(doc);
  const top = doc.y;
  regular(doc, 8);
  doc.rect(left, top, 10, 8).fill(PDF_COLOURS.value);
  doc.fillColor(PDF_COLOURS.ink).text(nfc(words.value), left + 14, top, { lineBreak: false });
  const next = left + 24 + doc.widthOfString(nfc(words.value));
  doc.rect(next, top, 10, 8).fill(PDF_COLOURS.target);
  doc.fillColor(PDF_COLOURS.ink).text(nfc(words.target), next + 14, top, { lineBreak: false });
  doc.x = left;
  doc.y = top + 16;
}

/**
 * Value against target, two bars per indicator. Counts and percentages do not share an axis,
 * so each row is drawn to its own scale (the larger of the two) and both figures are printed.
 */
export function drawValueTargetBars(doc: Pdf, bars: ValueTargetBar[], words: ChartWords): void {
  legend(doc, words);
  const left = contentLeft(doc);
  const labelWidth = contentWidth(doc) * 0.38;
  const barLeft = left + labelWidth + 10;
  const barSpan = contentWidth(doc) - labelWidth - 10 - 80;
  for (const bar of bars) {
    const label = nfc(bar.label);
    regular(doc, 8);
    const height = Math.max(doc.heightOfString(label, { width: labelWidth }), 2 * BAR + BAR_GAP) + 8;
    ensureRoom(doc, height);
    const top = doc.y;
    doc.text(label, left, top, { width: labelWidth });
    const scale = Math.max(bar.value ?? 0, bar.target ?? 0) || 1;
    const rows: [number | null, string][] = [
      [bar.value, PDF_COLOURS.value],
      [bar.target, PDF_COLOURS.target],
    ];
    rows.forEach(([figure, colour], index) => {
      const y = top + index * (BAR + BAR_GAP);
      const length = figure !== null && figure > 0 ? (figure / scale) * barSpan : 0;
      if (length > 0) doc.rect(barLeft, y, length, BAR).fill(colour);
      regular(doc, 7).text(figureText(figure, bar.unit, words.locale), barLeft + length + 4, y + 1, { lineBreak: false });
    });
    doc.x = left;
    doc.y = top + height;
  }
}

/** One indicator's values per year as a line, its target dashed; years without a figure break the line. */
export function drawTrendChart(doc: Pdf, series: TrendSeries, box: { x: number; y: number; width: number; height: number }, words: ChartWords): void {
  const title = nfc(series.title);
  bold(doc, 9).text(title, box.x, box.y, { width: box.width, height: 24, ellipsis: true });
  const plot = { x: box.x + 44, y: box.y + 34, width: box.width - 56, height: box.height - 34 - 18 };
  const figures = series.points.flatMap((point) => (point.value === null ? [] : [point.value]));
  const low = Math.min(0, ...figures);
  // A little headroom, so a figure at the target does not sit on the frame.
  const high = niceCeiling(1.05 * Math.max(0, ...figures, series.target ?? 0));
  const yOf = (figure: number): number => plot.y + plot.height - ((figure - low) / (high - low)) * plot.height;
  const count = series.points.length;
  const xOf = (index: number): number => plot.x + 12 + (count > 1 ? ((plot.width - 24) * index) / (count - 1) : (plot.width - 24) / 2);

  // Grid and axis figures at the bottom, middle and top.
  for (const tick of [low, (low + high) / 2, high]) {
    doc
      .moveTo(plot.x, yOf(tick))
      .lineTo(plot.x + plot.width, yOf(tick))
      .lineWidth(0.4)
      .strokeColor(PDF_COLOURS.rule)
      .stroke();
    regular(doc, 7)
      .fillColor(PDF_COLOURS.muted)
      .text(formatFigure(tick, words.locale), box.x, yOf(tick) - 4, { width: 40, align: 'right', lineBreak: false });
  }
  doc
    .moveTo(plot.x, plot.y)
    .lineTo(plot.x, plot.y + plot.height)
    .lineWidth(0.8)
    .strokeColor(PDF_COLOURS.ink)
    .stroke();

  if (series.target !== null) {
    const y = yOf(series.target);
    doc
      .moveTo(plot.x, y)
      .lineTo(plot.x + plot.width, y)
      .lineWidth(1)
      .dash(4, { space: 3 })
      .strokeColor(PDF_COLOURS.target)
      .stroke()
      .undash();
    regular(doc, 7)
      .fillColor(PDF_COLOURS.muted)
      .text(`${nfc(words.target)}: ${figureText(series.target, series.unit, words.locale)}`, plot.x + 4, y + 2, { lineBreak: false });
  }

  series.points.forEach((point, index) => {
    const previous = series.points[index - 1];
    if (point.value !== null && previous && previous.value !== null) {
      doc
        .moveTo(xOf(index - 1), yOf(previous.value))
        .lineTo(xOf(index), yOf(point.value))
        .lineWidth(1.5)
        .strokeColor(PDF_COLOURS.value)
        .stroke();
    }
  });
  series.points.forEach((point, index) => {
    regular(doc, 7).text(String(point.year), xOf(index) - 20, plot.y + plot.height + 5, { width: 40, align: 'center', lineBreak: false });
    if (point.value === null) return;
    doc.circle(xOf(index), yOf(point.value), 2.5).fill(PDF_COLOURS.value);
    regular(doc, 7).text(figureText(point.value, series.unit, words.locale), xOf(index) - 30, yOf(point.value) - 12, {
      width: 60,
      align: 'center',
      lineBreak: false,
    });
  });
  regular(doc, 10);
}

/** Trend charts two by two, the grid continuing on fresh pages. */
export function drawTrendGrid(doc: Pdf, seriesList: TrendSeries[], words: ChartWords): void {
  const gap = 16;
  const width = (contentWidth(doc) - gap) / 2;
  let top = doc.y;
  const height = (contentBottom(doc) - top - gap) / 2;
  seriesList.forEach((series, index) => {
    const slot = index % 4;
    if (index > 0 && slot === 0) {
      doc.addPage();
      top = doc.y;
    }
    const x = contentLeft(doc) + (slot % 2) * (width + gap);
    const y = top + Math.floor(slot / 2) * (height + gap);
    drawTrendChart(doc, series, { x, y, width, height }, words);
  });
  doc.x = contentLeft(doc);
  doc.y = contentBottom(doc);
}

import type { ExportLabels } from './export-labels';
import { type ExportTable, indicatorColumnsOf, yesNo } from './export-table';
import type { ReviewExportView } from './export-views';

export function reviewSummaryOf(view: ReviewExportView, labels: ExportLabels): [string, string][] {
  return [
    [labels.review.title, view.title],
    [labels.review.unit, view.unit.name],
    [labels.review.years, `${view.fromYear}–${view.year}`],
  ];
}

/** The years a trend covers, from the programme's start to the review's year. */
export const reviewYearsOf = (view: ReviewExportView): number[] =>
  Array.from({ length: Math.max(0, view.year - view.fromYear + 1) }, (_, index) => view.fromYear + index);

export function reviewProgressTable(view: ReviewExportView, labels: ExportLabels): ExportTable {
  const words = labels.columns;
  return {
    title: labels.sheets.progress,
    columns: [
      { header: words.indicator, width: 48 },
      { header: words.measure, width: 10 },
      { header: words.value, width: 12, numeric: true },
      { header: words.target, width: 12, numeric: true },
      { header: words.progress, width: 12, numeric: true },
      { header: words.reached, width: 14 },
    ],
    rows: view.indicators.map((row) => [row.name, row.unit, row.value, row.target, row.progress, yesNo(row.reached, labels)]),
  };
}

export function reviewTrendTable(view: ReviewExportView, labels: ExportLabels): ExportTable {
  const years = reviewYearsOf(view);
  return {
    title: labels.sheets.trend,
    columns: [
      { header: labels.columns.indicator, width: 48 },
      { header: labels.columns.measure, width: 10 },
      ...years.map((year) => ({ header: String(year), width: 10, numeric: true })),
    ],
    rows: view.indicators.map((row) => [row.name, row.unit, ...years.map((year) => row.trend.find((point) => point.year === year)?.value ?? null)]),
  };
}

/** Units below, value/target/reached per indicator side by side: the spreadsheet's shape. */
export function reviewUnitsWideTable(view: ReviewExportView, labels: ExportLabels): ExportTable {
  const words = labels.columns;
  const indicators = indicatorColumnsOf(
    view.indicators,
    view.units.map((unit) => unit.values),
  );
  return {
    title: labels.sheets.units,
    columns: [
      { header: words.unitId, width: 16 },
      { header: words.unitName, width: 32 },
      ...indicators.flatMap((indicator) => [
        { header: `${indicator.name} – ${words.value}`, width: 18, numeric: true },
        { header: `${indicator.name} – ${words.target}`, width: 18, numeric: true },
        { header: `${indicator.name} – ${words.reached}`, width: 14 },
      ]),
    ],
    rows: view.units.map((unit) => [
      unit.unitId,
      unit.name,
      ...indicators.flatMap((indicator) => {
        const figure = unit.values[indicator.id];
        return [figure?.value ?? null, figure?.target ?? null, yesNo(figure?.reached ?? null, labels)];
      }),
    ]),
  };
}

/** Units below, one row per unit and indicator: a page holds it however many indicators there are. */
export function reviewUnitsLongTable(view: ReviewExportView, labels: ExportLabels): ExportTable {
  const words = labels.columns;
  const indicators = indicatorColumnsOf(
    view.indicators,
    view.units.map((unit) => unit.values),
  );
  return {
    title: labels.sheets.units,
    columns: [
      { header: words.unitName, width: 24 },
      { header: words.indicator, width: 40 },
      { header: words.value, width: 10, numeric: true },
      { header: words.target, width: 10, numeric: true },
      { header: words.reached, width: 10 },
    ],
    rows: view.units.flatMap((unit) =>
      indicators.map((indicator, index) => {
        const figure = unit.values[indicator.id];
        return [index === 0 ? unit.name : '', indicator.name, figure?.value ?? null, figure?.target ?? null, yesNo(figure?.reached ?? null, labels)];
      }),
    ),
  };
}

/** One row per indicator and unit behind its target; units named where the view lists them. */
export function reviewBehindTargetTable(view: ReviewExportView, labels: ExportLabels): ExportTable {
  const names = new Map(view.units.map((unit) => [unit.unitId, unit.name]));
  return {
    title: labels.sheets.behindTarget,
    columns: [
      { header: labels.columns.indicator, width: 48 },
      { header: labels.columns.unitId, width: 16 },
      { header: labels.columns.unitName, width: 32 },
    ],
    rows: view.behindTarget.flatMap((indicator) => indicator.units.map((unitId) => [indicator.name, unitId, names.get(unitId) ?? unitId])),
  };
}

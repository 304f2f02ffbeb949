import type { ExportLabels } from './export-labels';
import { type ExportTable, indicatorColumnsOf, yesNo } from './export-table';
import type { ReportExportView } from './export-views';

/** The report's identity and dates, as label/value pairs. */
export function reportSummaryOf(view: ReportExportView, labels: ExportLabels): [string, string][] {
  const words = labels.report;
  return [
    [words.unit, view.unit.name],
    [words.template, view.template.name],
    [words.period, view.period],
    [words.status, view.status],
    [words.opensOn, view.window.opensOn],
    [words.dueOn, view.window.dueOn],
    [words.closesOn, view.window.closesOn],
    [words.submittedAt, view.submittedAt ?? ''],
    [words.approvedAt, view.approvedAt ?? ''],
  ];
}

export function reportIndicatorTable(view: ReportExportView, labels: ExportLabels): ExportTable {
  const words = labels.columns;
  return {
    title: labels.sheets.indicators,
    columns: [
      { header: words.indicator, width: 48 },
      { header: words.measure, width: 10 },
      { header: words.value, width: 12, numeric: true },
      { header: words.numerator, width: 12, numeric: true },
      { header: words.denominator, width: 12, numeric: true },
      { header: words.target, width: 12, numeric: true },
      { header: words.progress, width: 12, numeric: true },
      { header: words.approvedValue, width: 16, numeric: true },
      { header: words.currentValue, width: 16, numeric: true },
      { header: words.difference, width: 12, numeric: true },
    ],
    rows: view.indicators.map((row) => [
      row.name,
      row.unit,
      row.value,
      row.numerator,
      row.denominator,
      row.target,
      row.progress,
      row.change?.approved ?? null,
      row.change?.current ?? null,
      row.change?.difference ?? null,
    ]),
  };
}

export function reportSectionsTable(view: ReportExportView, labels: ExportLabels): ExportTable {
  return {
    title: labels.sheets.sections,
    columns: [
      { header: labels.columns.section, width: 32 },
      { header: labels.columns.text, width: 100 },
    ],
    rows: view.sections.map((section) => [section.title, section.text]),
  };
}

/** Consolidation, one column per indicator: the spreadsheet's shape. */
export function reportChildrenWideTable(view: ReportExportView, labels: ExportLabels): ExportTable {
  const words = labels.columns;
  const indicators = indicatorColumnsOf(
    view.indicators,
    view.children.map((child) => child.values),
  );
  return {
    title: labels.sheets.children,
    columns: [
      { header: words.unitId, width: 16 },
      { header: words.unitName, width: 32 },
      { header: words.status, width: 16 },
      { header: words.onTime, width: 10 },
      ...indicators.map((indicator) => ({ header: indicator.name, width: 18, numeric: true })),
    ],
    rows: view.children.map((child) => [
      child.unitId,
      child.name,
      child.status,
      yesNo(child.onTime, labels),
      ...indicators.map((indicator) => child.values[indicator.id] ?? null),
    ]),
  };
}

/** Consolidation, one row per child and indicator: a page holds it however many indicators there are. */
export function reportChildrenLongTable(view: ReportExportView, labels: ExportLabels): ExportTable {
  const words = labels.columns;
  const indicators = indicatorColumnsOf(
    view.indicators,
    view.children.map((child) => child.values),
  );
  return {
    title: labels.sheets.children,
    columns: [
      { header: words.unitName, width: 24 },
      { header: words.status, width: 12 },
      { header: words.onTime, width: 8 },
      { header: words.indicator, width: 40 },
      { header: words.value, width: 10, numeric: true },
    ],
    rows: view.children.flatMap((child) =>
      indicators.map((indicator, index) => [
        index === 0 ? child.name : '',
        index === 0 ? child.status : '',
        index === 0 ? yesNo(child.onTime, labels) : '',
        indicator.name,
        child.values[indicator.id] ?? null,
      ]),
    ),
  };
}

export function reportCommendationsTable(view: ReportExportView, labels: ExportLabels): ExportTable {
  const words = labels.columns;
  return {
    title: labels.sheets.commendations,
    columns: [
      { header: words.subjectKind, width: 14 },
      { header: words.subject, width: 32 },
      { header: words.award, width: 20 },
      { header: words.reason, width: 60 },
    ],
    rows: view.commendations.map((commendation) => [commendation.subjectKind, commendation.subjectName, commendation.award, commendation.reason]),
  };
}

export function reportHistoryTable(view: ReportExportView, labels: ExportLabels): ExportTable {
  const words = labels.columns;
  return {
    title: labels.sheets.history,
    columns: [
      { header: words.action, width: 20 },
      { header: words.at, width: 26 },
      { header: words.text, width: 70 },
    ],
    rows: view.history.map((entry) => [entry.action, entry.at, entry.text ?? '']),
  };
}

/**
 * What an export shows, already localised and resolved (names, not ids alone): the resolvers
 * build these from the same views the API answers with, so a file and the API cannot differ.
 */
export type ExportLanguage = 'vi' | 'en';

/** A figure as the report states it; null is "none" (a ratio over nothing, no target). */
export interface ExportIndicatorRow {
  indicatorId: string;
  name: string;
  /** '%' for ratios and coverage, '' for counts. */
  unit: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  target: number | null;
  /** value as a share of the target, 0–100 (at-most targets count down); null without a target. */
  progress: number | null;
  /** Present on an approved report whose figure changed since approval. */
  change?: { approved: number | null; current: number | null; difference: number | null };
}

export interface ExportChildRow {
  unitId: string;
  name: string;
  /** Localised status ("Đã duyệt", "Approved"). */
  status: string;
  onTime: boolean | null;
  /** indicatorId -> value (approved figures, else submitted, per the request). */
  values: Record<string, number | null>;
}

export interface ReportExportView {
  language: ExportLanguage;
  unit: { id: string; name: string };
  template: { id: string; name: string };
  period: string;
  /** Localised status. */
  status: string;
  window: { opensOn: string; dueOn: string; closesOn: string };
  submittedAt: string | null;
  approvedAt: string | null;
  indicators: ExportIndicatorRow[];
  sections: { title: string; text: string }[];
  children: ExportChildRow[];
  commendations: { subjectKind: string; subjectName: string; award: string; reason: string }[];
  history: { action: string; at: string; text: string | null }[];
}

export interface ReviewIndicatorRow {
  indicatorId: string;
  name: string;
  unit: string;
  /** The unit's value each year from the programme's start to the review's year. */
  trend: { year: number; value: number | null }[];
  value: number | null;
  target: number | null;
  progress: number | null;
  reached: boolean | null;
}

export interface ReviewExportView {
  language: ExportLanguage;
  unit: { id: string; name: string };
  /** 2025 (mid-term) or 2030 (final). */
  year: number;
  fromYear: number;
  title: string;
  indicators: ReviewIndicatorRow[];
  /** One row per unit below (or of the level asked): indicatorId -> its value, target and whether reached. */
  units: { unitId: string; name: string; values: Record<string, { value: number | null; target: number | null; reached: boolean | null }> }[];
  behindTarget: { indicatorId: string; name: string; units: string[] }[];
}

import type { ExportLanguage, ReportExportView } from '../exports';
import type { ReportFigureView, ReportView } from './report.models';

const STATUS_LABELS: Record<ExportLanguage, Record<string, string>> = {
  vi: { none: 'Chưa lập', draft: 'Dự thảo', submitted: 'Đã nộp', returned: 'Bị trả lại', approved: 'Đã duyệt', excused: 'Miễn nộp' },
  en: { none: 'Not begun', draft: 'Draft', submitted: 'Submitted', returned: 'Returned', approved: 'Approved', excused: 'Excused' },
};
const ACTION_LABELS: Record<ExportLanguage, Record<string, string>> = {
  vi: { 'draft-saved': 'Lưu dự thảo', submitted: 'Nộp', returned: 'Trả lại', approved: 'Duyệt', excused: 'Miễn nộp', reopened: 'Mở lại' },
  en: { 'draft-saved': 'Draft saved', submitted: 'Submitted', returned: 'Returned', approved: 'Approved', excused: 'Excused', reopened: 'Reopened' },
};
const SUBJECT_LABELS: Record<ExportLanguage, Record<string, string>> = {
  vi: { unit: 'Đơn vị', group: 'Đội, nhóm', person: 'Cá nhân' },
  en: { unit: 'Unit', group: 'Group', person: 'Person' },
};
const AWARD_LABELS: Record<ExportLanguage, Record<string, string>> = {
  vi: { 'bang-khen': 'Bằng khen', 'giay-khen': 'Giấy khen', 'co-thi-dua': 'Cờ thi đua' },
  en: { 'bang-khen': 'Certificate of merit', 'giay-khen': 'Letter of commendation', 'co-thi-dua': 'Emulation flag' },
};

export const exportLanguageOf = (language: string): ExportLanguage => (language === 'en' ? 'en' : 'vi');
export const statusLabelOf = (status: string, language: ExportLanguage): string => STATUS_LABELS[language][status] ?? status;

/** value as a share of the target, 0–100; null without both. */
const progressOf = (figure: ReportFigureView): number | null =>
  figure.value === null || figure.target === null || figure.target === 0 ? null : (figure.value / figure.target) * 100;

/**
 * What a report's export shows, from the report as the API answers it: the approved figures once
 * approved (with what changed since), else the latest submitted ones, else the engine's now.
 */
export function reportExportViewOf(view: ReportView, language: ExportLanguage): ReportExportView {
  const figures = view.approvedValues.length > 0 ? view.approvedValues : view.submittedValues.length > 0 ? view.submittedValues : view.prefill;
  const changes = new Map(view.changesSinceApproval.map(({ indicatorId, ...change }) => [indicatorId, change]));
  return {
    language,
    unit: { id: view.unitId, name: view.unitName },
    template: { id: view.templateId, name: view.templateName },
    period: view.period,
    status: statusLabelOf(view.status, language),
    window: view.window,
    submittedAt: view.submittedAt,
    approvedAt: view.approvedAt,
    indicators: figures.map((figure) => ({
      indicatorId: figure.indicatorId,
      name: figure.name,
      unit: figure.unit === '%' ? '%' : '',
      value: figure.value,
      numerator: figure.numerator,
      denominator: figure.denominator,
      target: figure.target,
      progress: progressOf(figure),
      ...(changes.has(figure.indicatorId) ? { change: changes.get(figure.indicatorId) } : {}),
    })),
    sections: view.sections.filter((section) => section.narrative !== '').map(({ title, narrative }) => ({ title, text: narrative })),
    children: view.children.map((child) => ({
      unitId: child.unitId,
      name: child.name,
      status: statusLabelOf(child.status, language),
      onTime: child.onTime,
      values: Object.fromEntries(child.values.map((figure) => [figure.indicatorId, figure.value])),
    })),
    commendations: view.commendations.map((commendation) => ({
      subjectKind: SUBJECT_LABELS[language][commendation.subjectKind] ?? commendation.subjectKind,
      subjectName: commendation.subjectName ?? commendation.subjectId,
      award: AWARD_LABELS[language][commendation.award] ?? commendation.award,
      reason: commendation.reason,
    })),
    history: view.history.map((entry) => ({ action: ACTION_LABELS[language][entry.action] ?? entry.action, at: entry.at, text: entry.text })),
  };
}

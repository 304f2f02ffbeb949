import { parsePeriod } from '../engine/periods';

/**
 * The periodic reports of the programme: a unit writes one per template and period, then its
 * parent unit approves it (or returns it). Each template fixes its cadence, the sections a unit
 * writes and its window: entry opens before the period's end, is due some days after it (a unit
 * with child units gets more days, to consolidate their reports first), and closes later.
 */

export const REPORT_TEMPLATE_IDS = ['six-monthly', 'yearly', 'mid-term-review', 'final-review'] as const;
export type ReportTemplateId = (typeof REPORT_TEMPLATE_IDS)[number];

export interface ReportSection {
  key: string;
  titleVi: string;
  titleEn: string;
}

export interface ReportTemplate {
  templateId: ReportTemplateId;
  nameVi: string;
  nameEn: string;
  /** Period keys: `H2026-1` (half-year) or `Y2026` (year). */
  cadence: 'half-year' | 'year';
  /** The only years a review is written for; absent: any year. */
  years?: readonly number[];
  /** A review's first trend year: the programme's start. */
  reviewFromYear?: number;
  opensDaysBeforeEnd: number;
  /** The deadline of a unit with no child unit. */
  dueDaysAfterEnd: number;
  /** Extra days a unit with child units gets before its deadline. */
  consolidationDays: number;
  /** After this day no submission is taken. */
  closesDaysAfterEnd: number;
  sections: readonly ReportSection[];
}

const PERIODIC_SECTIONS: readonly ReportSection[] = [
  { key: 'results', titleVi: 'Kết quả thực hiện', titleEn: 'Results' },
  { key: 'limitations', titleVi: 'Hạn chế, nguyên nhân', titleEn: 'Limitations and their causes' },
  { key: 'next-tasks', titleVi: 'Phương hướng, nhiệm vụ', titleEn: 'Directions and next tasks' },
  { key: 'recommendations', titleVi: 'Đề xuất, kiến nghị', titleEn: 'Proposals and recommendations' },
];
const REVIEW_SECTIONS: readonly ReportSection[] = [...PERIODIC_SECTIONS, { key: 'lessons', titleVi: 'Bài học kinh nghiệm', titleEn: 'Lessons learnt' }];

/** The programme started in 2023: reviews show the trend from then on. */
const PROGRAMME_START_YEAR = 2023;

export const REPORT_TEMPLATES: readonly ReportTemplate[] = [
  {
    templateId: 'six-monthly',
    nameVi: 'Báo cáo 6 tháng',
    nameEn: 'Six-monthly report',
    cadence: 'half-year',
    opensDaysBeforeEnd: 15,
    dueDaysAfterEnd: 10,
    consolidationDays: 10,
    closesDaysAfterEnd: 60,
    sections: PERIODIC_SECTIONS,
  },
  {
    templateId: 'yearly',
    nameVi: 'Báo cáo năm',
    nameEn: 'Yearly report',
    cadence: 'year',
    opensDaysBeforeEnd: 30,
    dueDaysAfterEnd: 10,
    consolidationDays: 10,
    closesDaysAfterEnd: 90,
    sections: PERIODIC_SECTIONS,
  },
  {
    templateId: 'mid-term-review',
    nameVi: 'Báo cáo sơ kết giữa kỳ',
    nameEn: 'Mid-term review',
    cadence: 'year',
    years: [2025],
    reviewFromYear: PROGRAMME_START_YEAR,
    opensDaysBeforeEnd: 60,
    dueDaysAfterEnd: 15,
    consolidationDays: 15,
    closesDaysAfterEnd: 120,
    sections: REVIEW_SECTIONS,
  },
  {
    templateId: 'final-review',
    nameVi: 'Báo cáo tổng kết Chương trình',
    nameEn: 'Final review',
    cadence: 'year',
    years: [2030],
    reviewFromYear: PROGRAMME_START_YEAR,
    opensDaysBeforeEnd: 60,
    dueDaysAfterEnd: 15,
    consolidationDays: 15,
    closesDaysAfterEnd: 120,
    sections: REVIEW_SECTIONS,
  },
];

export const reportTemplateOf = (templateId: string): ReportTemplate | undefined => REPORT_TEMPLATES.find((template) => template.templateId === templateId);

/** Whether the period key is one the template is written for: its cadence's kind, and one of its years when it names them. */
export function isReportPeriodOf(template: ReportTemplate, period: string): boolean {
  const parsed = parsePeriod(period);
  if (!parsed || parsed.kind !== (template.cadence === 'year' ? 'year' : 'half')) return false;
  return template.years === undefined || template.years.includes(parsed.year);
}

/** The days of a report's window, `YYYY-MM-DD`, all included: entry from `opensOn`, due by `dueOn`, none after `closesOn`. */
export interface ReportWindow {
  opensOn: string;
  dueOn: string;
  closesOn: string;
}

/** The calendar day `days` after (or before, when negative) `day`, both `YYYY-MM-DD`. */
export const addDays = (day: string, days: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The window of a template's report for a period (one `isReportPeriodOf` accepts: any other throws); a unit with child units is due later. */
export function reportWindowOf(template: ReportTemplate, period: string, hasChildren: boolean): ReportWindow {
  const parsed = isReportPeriodOf(template, period) ? parsePeriod(period) : undefined;
  if (!parsed) throw new Error(`${period} is not a period of the ${template.templateId} report`);
  return {
    opensOn: addDays(parsed.to, -template.opensDaysBeforeEnd),
    dueOn: addDays(parsed.to, template.dueDaysAfterEnd + (hasChildren ? template.consolidationDays : 0)),
    closesOn: addDays(parsed.to, template.closesDaysAfterEnd),
  };
}

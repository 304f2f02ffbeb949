import type { IndicatorDefinition, ReportTemplate, ReportWindow } from '@tn/reporting-contracts';
import { changesSinceApproval, consolidatedFigures, factorOf } from './report-figures';
import type { ReportChildView, ReportFigureView, ReportView } from './report.models';
import type { ReportDoc, ReportValueDoc } from './report.read-model';

type Language = 'vi' | 'en' | string;

/** A figure with its indicator's code, name and unit (an indicator no longer offered shows its id). */
export function figureViewOf(value: ReportValueDoc, definitions: ReadonlyMap<string, IndicatorDefinition>, language: Language): ReportFigureView {
  const definition = definitions.get(value.indicatorId);
  return {
    ...value,
    code: definition?.code ?? value.indicatorId,
    name: definition ? (language === 'en' ? definition.nameEn : definition.nameVi) : value.indicatorId,
    unit: definition?.unit ?? '',
  };
}

/** A child unit's report in the consolidation, and the figures it adds. */
export interface ReportChildInput {
  unitId: string;
  name: string;
  doc: ReportDoc | undefined;
  /** The engine's figures of the child now (used when it has not submitted, unless approved figures only are asked). */
  live: readonly ReportValueDoc[] | undefined;
}

/** Where a child's figures come from: none when excused, approved ones first, then (unless approvedOnly) the latest submitted, else the engine's now. */
export function childFiguresOf(child: ReportChildInput, approvedOnly: boolean): { valuesFrom: string; values: readonly ReportValueDoc[] | null } {
  if (child.doc?.status === 'excused') return { valuesFrom: 'none', values: null };
  if (child.doc?.approved) return { valuesFrom: 'approved', values: child.doc.approved.values };
  if (approvedOnly) return { valuesFrom: 'none', values: null };
  if (child.doc?.current) return { valuesFrom: 'submitted', values: child.doc.current.values };
  return child.live ? { valuesFrom: 'live', values: child.live } : { valuesFrom: 'none', values: null };
}

export interface ReportViewInput {
  reportId: string;
  unitId: string;
  unitName: string;
  template: ReportTemplate;
  period: string;
  window: ReportWindow;
  doc: ReportDoc | undefined;
  language: Language;
  structureDate: string;
  definitions: readonly IndicatorDefinition[];
  prefill: readonly ReportValueDoc[];
  declaredValues: { key: string; value: number }[];
  /** The engine's figures now at the approved structure date (absent before an approval). */
  liveAtApproval: readonly ReportValueDoc[] | undefined;
  children: readonly ReportChildInput[];
  approvedOnly: boolean;
  /** Commendation subject names, by subject id (null: not for this caller). */
  subjectNames: ReadonlyMap<string, string | null>;
}

/** The report as the API answers it (pure: every read done before). */
export function reportViewOf(input: ReportViewInput): ReportView {
  const { doc, language, template } = input;
  const byId = new Map(input.definitions.map((definition) => [definition.indicatorId, definition]));
  const figures = (values: readonly ReportValueDoc[]) => values.map((value) => figureViewOf(value, byId, language));
  const narratives = new Map((doc?.sections ?? []).map((section) => [section.key, section.narrative]));
  const children: ReportChildView[] = input.children.map((child) => {
    const { valuesFrom, values } = childFiguresOf(child, input.approvedOnly);
    return {
      unitId: child.unitId,
      name: child.name,
      status: child.doc?.status ?? 'none',
      onTime: child.doc?.onTime ?? null,
      valuesFrom,
      values: figures(values ?? []),
    };
  });
  const indicators = input.definitions.map((definition) => ({ indicatorId: definition.indicatorId, factor: factorOf(definition) }));
  return {
    reportId: input.reportId,
    unitId: input.unitId,
    unitName: input.unitName,
    templateId: template.templateId,
    templateName: language === 'en' ? template.nameEn : template.nameVi,
    period: input.period,
    status: doc?.status ?? 'none',
    window: input.window,
    sections: template.sections.map((section) => ({
      key: section.key,
      title: language === 'en' ? section.titleEn : section.titleVi,
      narrative: narratives.get(section.key) ?? '',
    })),
    commendations: (doc?.commendations ?? []).map((commendation) => ({ ...commendation, subjectName: input.subjectNames.get(commendation.subjectId) ?? null })),
    submissions: doc?.submissions ?? 0,
    submittedAt: doc?.current?.submittedAt ?? null,
    approvedAt: doc?.approved?.approvedAt ?? null,
    onTime: doc?.onTime ?? null,
    excuseReason: doc?.status === 'excused' ? doc.excuseReason : null,
    structureDate: input.structureDate,
    prefill: figures(input.prefill),
    declaredValues: input.declaredValues,
    submittedValues: figures(doc?.current?.values ?? []),
    approvedValues: figures(doc?.approved?.values ?? []),
    changesSinceApproval: doc?.approved && input.liveAtApproval ? changesSinceApproval(doc.approved.values, input.liveAtApproval) : [],
    children,
    consolidated: consolidatedFigures(
      indicators,
      input.children.map((child) => childFiguresOf(child, input.approvedOnly).values),
    ),
    history: doc?.history ?? [],
  };
}

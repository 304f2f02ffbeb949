import type { ExportLanguage, ReviewExportView } from '../exports';
import type { ProgrammeReviewView } from './programme-review.models';

/** What a programme review's export shows, from the review as the API answers it. */
export function reviewExportViewOf(view: ProgrammeReviewView, language: ExportLanguage): ReviewExportView {
  const names = new Map(view.indicators.flatMap((indicator) => indicator.units.map((unit) => [unit.unitId, unit.name])));
  return {
    language,
    unit: { id: view.unitId, name: view.unitName },
    year: view.year,
    fromYear: view.fromYear,
    title: view.title,
    indicators: view.indicators.map((indicator) => ({
      indicatorId: indicator.indicatorId,
      name: indicator.name,
      unit: indicator.unit === '%' ? '%' : '',
      trend: indicator.trend,
      value: indicator.value,
      target: indicator.target,
      // The engine's progress is a share (1 = reached); the export shows it out of 100.
      progress: indicator.progress === null ? null : indicator.progress * 100,
      reached: indicator.reached,
    })),
    units: [...names].map(([unitId, name]) => ({
      unitId,
      name,
      values: Object.fromEntries(
        view.indicators.flatMap((indicator) =>
          indicator.units
            .filter((unit) => unit.unitId === unitId)
            .map((unit) => [indicator.indicatorId, { value: unit.value, target: unit.target, reached: unit.reached }]),
        ),
      ),
    })),
    behindTarget: view.indicators
      .filter((indicator) => indicator.behindTarget.length > 0)
      .map((indicator) => ({
        indicatorId: indicator.indicatorId,
        name: indicator.name,
        units: indicator.behindTarget.map((unitId) => names.get(unitId) ?? unitId),
      })),
  };
}

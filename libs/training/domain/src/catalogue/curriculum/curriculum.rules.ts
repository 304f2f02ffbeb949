import type { CurriculumModule, CurriculumModulePart } from '@tn/training-contracts';
import { notFoundError, validationError } from '../../common/errors';
import type { CurriculumState, DefinedCurriculum } from './curriculum.types';

export function requireCurriculum(state: CurriculumState, curriculumId: string): DefinedCurriculum {
  if (state.status === 'none') throw notFoundError('CURRICULUM.NOT_FOUND', `curriculum ${curriculumId} does not exist`, { curriculumId });
  return state;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;

function moduleOf(part: CurriculumModulePart, index: number): CurriculumModule {
  const at = `modules.${index}`;
  const invalid = (field: string, message: string) => validationError('CURRICULUM.MODULE_INVALID', `${at}.${field}`, message, { index });
  if (typeof part !== 'object' || part === null) throw invalid('moduleId', 'a module has an id, a title, hours and outcomes');
  if (!isText(part.moduleId)) throw invalid('moduleId', 'a module needs an id');
  if (!isText(part.title)) throw invalid('title', 'a module needs a title');
  if (typeof part.hours !== 'number' || !Number.isFinite(part.hours) || part.hours <= 0) throw invalid('hours', 'a module lasts more than 0 hours');
  if (!Array.isArray(part.outcomes) || part.outcomes.length === 0 || !part.outcomes.every(isText)) {
    throw invalid('outcomes', 'a module states at least one learning outcome, none blank');
  }
  return { moduleId: part.moduleId.trim(), title: part.title.trim(), hours: part.hours, outcomes: part.outcomes.map((outcome) => outcome.trim()) };
}

/** At least one module, each complete, ids unique within the curriculum (courses and outcomes refer to them). */
export function requireModules(parts: readonly CurriculumModulePart[]): CurriculumModule[] {
  if (!Array.isArray(parts) || parts.length === 0) throw validationError('CURRICULUM.MODULES_REQUIRED', 'modules', 'a curriculum has at least one module');
  const modules = parts.map(moduleOf);
  const seen = new Set<string>();
  modules.forEach(({ moduleId }, index) => {
    if (seen.has(moduleId)) {
      throw validationError('CURRICULUM.MODULE_ID_DUPLICATE', `modules.${index}.moduleId`, `module ${moduleId} is listed twice`, { moduleId });
    }
    seen.add(moduleId);
  });
  return modules;
}

import type { TrainingCommandScope } from '@tn/training-contracts';
import type { TrainingLookups } from '../lookups';

/** A placeholder unit no grant covers and the hierarchy does not know. */
export const NO_UNIT = '(none)';

/**
 * A unit the actor needs the permission over, and what the command named to bring it in: the
 * refusal names that (a unit, a course, an item), never the unit found behind an id, so an id
 * that does not exist and one that is not the actor's are refused alike.
 */
export interface ScopeUnit {
  unitId: string;
  named: string;
  details: Record<string, unknown>;
}

type CatalogueItem = NonNullable<TrainingCommandScope['catalogueItem']>;

/** The unit that owns an existing catalogue item, kind or rubric; NO_UNIT when there is none. */
async function ownerUnitOf(lookups: TrainingLookups, item: CatalogueItem): Promise<string> {
  if (!item.id) return NO_UNIT;
  const state = await (() => {
    switch (item.kind) {
      case 'curriculum':
        return lookups.curriculumOf(item.id);
      case 'material':
        return lookups.materialOf(item.id);
      case 'coordination-model':
        return lookups.coordinationModelOf(item.id);
      case 'qualification-kind':
        return lookups.qualificationKindOf(item.id);
      case 'capacity-rubric':
        return lookups.capacityRubricOf(item.id);
    }
  })();
  return state.status === 'none' ? NO_UNIT : state.ownerUnitId;
}

async function runningUnitOf(lookups: TrainingLookups, courseId: string): Promise<string> {
  const course = courseId ? await lookups.courseOf(courseId) : undefined;
  return !course || course.status === 'none' ? NO_UNIT : course.runningUnitId;
}

async function assessedUnitOf(lookups: TrainingLookups, assessmentId: string): Promise<string> {
  const assessment = assessmentId ? await lookups.capacityAssessmentOf(assessmentId) : undefined;
  return !assessment || assessment.status === 'none' ? NO_UNIT : assessment.subject.unitId;
}

/** The units the payload names (an empty id is no unit). */
export const namedUnitsOf = (scope: TrainingCommandScope): ScopeUnit[] =>
  scope.units.map((unitId) => ({ unitId: unitId || NO_UNIT, named: `unit ${unitId}`, details: { unitId } }));

/**
 * Every unit the actor needs the command's permission over: the units its payload names, the
 * running unit of the course it names, the owner unit of the curriculum, material, model, kind or
 * rubric it names, and the assessed subject's unit of the assessment it names (each read from
 * this service's own streams; NO_UNIT for one that does not exist).
 */
export async function unitsOfScope(lookups: TrainingLookups, scope: TrainingCommandScope): Promise<ScopeUnit[]> {
  const units = namedUnitsOf(scope);
  if (scope.courseId !== undefined) {
    units.push({ unitId: await runningUnitOf(lookups, scope.courseId), named: `course ${scope.courseId}`, details: { courseId: scope.courseId } });
  }
  if (scope.catalogueItem !== undefined) {
    const { kind, id } = scope.catalogueItem;
    units.push({ unitId: await ownerUnitOf(lookups, scope.catalogueItem), named: `${kind} ${id}`, details: { itemKind: kind, itemId: id } });
  }
  if (scope.capacityAssessmentId !== undefined) {
    const id = scope.capacityAssessmentId;
    units.push({ unitId: await assessedUnitOf(lookups, id), named: `capacity assessment ${id}`, details: { capacityAssessmentId: id } });
  }
  return units;
}

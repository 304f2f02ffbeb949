import type { GatewayContext } from '@tn/gateway-core';
import { trainingAllows } from '../core/training-permissions';
import type { CapacityAssessmentDoc } from './capacity-assessment.read-model';

type Subject = Pick<CapacityAssessmentDoc, 'subjectKind' | 'subjectId'>;

/** A cadre reads the assessments of themselves without any permission. */
export const isOwnAssessment = (assessment: Subject, personId: string | undefined): boolean =>
  assessment.subjectKind === 'cadre' && personId !== undefined && assessment.subjectId === personId;

/**
 * The assessments the caller may read: their own, and those whose subject's unit is within a
 * subtree where they hold `training:read` (one check per distinct unit).
 */
export async function readableAssessments<T extends Subject & Pick<CapacityAssessmentDoc, 'unitId'>>(
  context: GatewayContext,
  assessments: readonly T[],
): Promise<T[]> {
  const personId = context.user?.claims.personId;
  const units = [...new Set(assessments.filter((assessment) => !isOwnAssessment(assessment, personId)).map((assessment) => assessment.unitId))];
  const readable = new Set<string>();
  for (const unitId of units) if (await trainingAllows(context, 'training:read', unitId)) readable.add(unitId);
  return assessments.filter((assessment) => isOwnAssessment(assessment, personId) || readable.has(assessment.unitId));
}

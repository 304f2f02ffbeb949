import { holdsValidTrainerQualification, missingKindsOn } from '@tn/training-contracts';
import type { CourseTrainerFact, DefinedQualificationKind } from '@tn/training-domain';
import type { TrainingLookups } from './lookups';

const unique = (ids: readonly string[]): string[] => [...new Set(ids)];

/** The kinds named, each folded from its own stream; a kind never defined is left out. */
export async function definedKindsOf(lookups: TrainingLookups, kindIds: readonly string[]): Promise<DefinedQualificationKind[]> {
  const kinds = await Promise.all(unique(kindIds).map((kindId) => lookups.qualificationKindOf(kindId)));
  return kinds.filter((kind): kind is DefinedQualificationKind => kind.status === 'defined');
}

/**
 * The kinds a curriculum grants or renews, as their own streams say now: the kinds' projection
 * only finds the candidates (a revision that has not reached it yet is read from the stream).
 */
export async function kindsNamingCurriculum(lookups: TrainingLookups, curriculumId: string): Promise<DefinedQualificationKind[]> {
  const candidates = (await lookups.qualificationKinds()).filter(
    (entry) => entry.grantingCurriculumIds.includes(curriculumId) || entry.renewingCurriculumIds.includes(curriculumId),
  );
  const kinds = await definedKindsOf(
    lookups,
    candidates.map((entry) => entry.kindId),
  );
  return kinds.filter((kind) => kind.grantingCurriculumIds.includes(curriculumId) || kind.renewingCurriculumIds.includes(curriculumId));
}

/**
 * Whether a person holds a valid trainer qualification on every day of [from, to]: their
 * records (trainee stream) against the kinds those records are of, extensions included.
 */
export async function trainerFactOf(lookups: TrainingLookups, personId: string, from: string, to: string): Promise<CourseTrainerFact> {
  const { records } = await lookups.traineeOf(personId);
  const kinds = await definedKindsOf(
    lookups,
    records.map((record) => record.kindId),
  );
  const terms = kinds.map(({ kindId, isTrainerQualification, extensions }) => ({ kindId, isTrainerQualification, extensions }));
  return { personId, holdsValidTrainerQualification: holdsValidTrainerQualification(records, terms, from, to) };
}

/**
 * The prerequisite kinds a learner does not hold valid on `date`: those of every kind the
 * course's curriculum grants (empty when there are none, or all are held).
 */
export async function missingPrerequisitesOf(lookups: TrainingLookups, curriculumId: string, personId: string, date: string): Promise<string[]> {
  const granted = (await kindsNamingCurriculum(lookups, curriculumId)).filter((kind) => kind.grantingCurriculumIds.includes(curriculumId));
  const prerequisiteIds = unique(granted.flatMap((kind) => kind.prerequisiteKindIds));
  if (prerequisiteIds.length === 0) return [];
  const [{ records }, prerequisites] = await Promise.all([lookups.traineeOf(personId), definedKindsOf(lookups, prerequisiteIds)]);
  return missingKindsOn(
    records,
    prerequisiteIds,
    date,
    prerequisites.flatMap((kind) => kind.extensions),
  );
}

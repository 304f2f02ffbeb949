import type { CapacityRubricCriterion, CapacityRubricLevel, CapacityScale, CapacitySubjectKind } from '@tn/training-contracts';

/** One version of a rubric, as it was defined or revised (versions never change). */
export interface CapacityRubricVersion {
  version: number;
  title: string;
  scale: CapacityScale;
  criteria: readonly CapacityRubricCriterion[];
}

export interface DefinedCapacityRubric {
  status: 'defined';
  rubricId: string;
  ownerUnitId: string;
  subjectKind: CapacitySubjectKind;
  level: CapacityRubricLevel;
  /** Oldest first; the last is the current version. */
  versions: readonly CapacityRubricVersion[];
}

export type CapacityRubricState = { status: 'none' } | DefinedCapacityRubric;

/** The highest version (a defined rubric has at least version 1). */
export const latestVersionOf = (rubric: DefinedCapacityRubric): CapacityRubricVersion =>
  rubric.versions.reduce((latest, version) => (version.version > latest.version ? version : latest));

/**
 * The rubric version an assessment names, as the route looks it up (from the rubric's stream) and
 * hands to RecordCapacityAssessment: no such rubric, no such version, or the version itself.
 */
export type LookedUpRubricVersion =
  | { status: 'none' }
  | { status: 'version-unknown'; latestVersion: number }
  | { status: 'found'; subjectKind: CapacitySubjectKind; version: CapacityRubricVersion };

/** The fact above from the rubric's folded state: what the route passes, so both read a rubric one way. */
export function lookUpRubricVersion(rubric: CapacityRubricState, version: number): LookedUpRubricVersion {
  if (rubric.status === 'none') return { status: 'none' };
  const found = rubric.versions.find((candidate) => candidate.version === version);
  return found
    ? { status: 'found', subjectKind: rubric.subjectKind, version: found }
    : { status: 'version-unknown', latestVersion: latestVersionOf(rubric).version };
}

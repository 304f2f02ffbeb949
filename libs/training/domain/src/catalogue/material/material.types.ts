import type { CurriculumTargetGroup, MaterialKind, MaterialStatus } from '@tn/training-contracts';

/** A version as added: never changed afterwards, only approved. */
export interface MaterialVersion {
  version: number;
  url: string;
  sha256: string;
  note: string;
  addedBy: string;
  addedOn: string;
  approval?: { approvedBy: string; approvedOn: string };
}

export interface RegisteredMaterial {
  status: MaterialStatus;
  materialId: string;
  title: string;
  kind: MaterialKind;
  curriculumId?: string;
  targetGroups: readonly CurriculumTargetGroup[];
  ownerUnitId: string;
  /** In version order: `versions[n - 1]` is version n. */
  versions: readonly MaterialVersion[];
}

export type MaterialState = { status: 'none' } | RegisteredMaterial;

/**
 * What a new course needs to know about a material version it plans to teach: whether the version
 * exists, and whether it is approved on a material still in use (a retired material's versions
 * stay in the courses that taught them, but no new course takes them).
 */
export function materialVersionFacts(state: MaterialState, version: number): { exists: boolean; approved: boolean } {
  const found = state.status === 'none' ? undefined : state.versions.find((candidate) => candidate.version === version);
  return { exists: found !== undefined, approved: found?.approval !== undefined && state.status === 'registered' };
}

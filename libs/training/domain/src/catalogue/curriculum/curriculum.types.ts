import type { CurriculumModule, CurriculumStatus, CurriculumTargetGroup } from '@tn/training-contracts';

export interface DefinedCurriculum {
  status: CurriculumStatus;
  curriculumId: string;
  title: string;
  targetGroup: CurriculumTargetGroup;
  ownerUnitId: string;
  /** 1 when defined, one more with each revision. */
  revision: number;
  modules: readonly CurriculumModule[];
}

export type CurriculumState = { status: 'none' } | DefinedCurriculum;

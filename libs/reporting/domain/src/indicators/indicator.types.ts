import type { Formula, Target } from '@tn/reporting-contracts';

/** What a definition says at one version, beside its id and owner. */
export interface IndicatorContent {
  code: string;
  nameVi: string;
  nameEn: string;
  formula: Formula;
  unit: string;
  targets: Target[];
}

/**
 * A plan indicator as its decisions need it. `ownerUnitId` is the unit whose managers act on it
 * (the authoriser reads it); it is empty before the indicator is defined. `version` counts its
 * definitions (1 once defined); `content` is the current version's.
 */
export interface IndicatorState {
  status: 'none' | 'active' | 'retired';
  indicatorId: string;
  ownerUnitId: string;
  version: number;
  content?: IndicatorContent;
}

export type DefinedIndicator = IndicatorState & { status: 'active' | 'retired'; content: IndicatorContent };

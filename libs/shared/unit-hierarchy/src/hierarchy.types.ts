/** Organisations of the youth movement (domain.md §2). */
export const ORGANISATIONS = ['union', 'youth-federation', 'students-association', 'young-pioneers'] as const;
export type Organisation = (typeof ORGANISATIONS)[number];

/** Areas needing special attention are flags on units, never attributes of people. */
export interface AreaFlags {
  ethnicMinority: boolean;
  mountainous: boolean;
  border: boolean;
  island: boolean;
}

export interface UnitProfile {
  nameVi: string;
  nameEn?: string;
  organisation: Organisation;
  /** Free label ("Tỉnh đoàn", "Đoàn xã", "Chi đoàn"): levels are not hard-coded. */
  levelLabel: string;
  /** Official administrative-area code where one exists. */
  areaCode?: string;
  flags: AreaFlags;
}

export type UnitStatus = 'active' | 'dissolved' | 'merged';

/** How a unit was from `from` (an ISO date) until its next version. */
export interface UnitVersion {
  from: string;
  profile: UnitProfile;
  parentId: string | null;
  status: UnitStatus;
  /** Set once merged or split: the units that carry this one on. */
  successorIds?: string[];
  /** Set once split: the successor that carries this unit's history in figures restated to a later structure. */
  historyUnitId?: string;
}

export interface UnitRecord {
  id: string;
  versions: UnitVersion[];
}

/** The effective-dated organisation hierarchy: one stream, so its invariants hold as a whole. */
export interface HierarchyState {
  units: Readonly<Record<string, UnitRecord>>;
}

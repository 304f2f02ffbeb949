import { type HierarchyState, versionAsOf } from '@tn/shared-unit-hierarchy';
import { activeSubtreeOn } from '../engine';

/**
 * The units a value is given for under a root: the root itself, or with `level` each active unit
 * of that level label in its subtree on the structure date (the communes of a province, one row each).
 */
export function valueUnitsOf(hierarchy: HierarchyState, rootUnitId: string, structureDate: string, level?: string | null): string[] {
  if (!level) return [rootUnitId];
  return activeSubtreeOn(hierarchy, rootUnitId, structureDate).filter(
    (unitId) => versionAsOf(hierarchy.units[unitId], structureDate)?.profile.levelLabel === level,
  );
}

import { assertNever } from '@tn/shared-decider';
import type { HierarchyEvent } from './hierarchy.events';
import type { HierarchyState, UnitRecord, UnitVersion } from './hierarchy.types';

export const initialHierarchy = (): HierarchyState => ({ units: {} });

/** Append a new version of a unit, derived from its latest one. */
function withVersion(state: HierarchyState, unitId: string, change: (latest: UnitVersion) => UnitVersion): HierarchyState {
  const unit = state.units[unitId];
  if (!unit) return state;
  const latest = unit.versions[unit.versions.length - 1]!;
  const next: UnitRecord = { ...unit, versions: [...unit.versions, change(latest)] };
  return { units: { ...state.units, [unitId]: next } };
}

export function evolveHierarchy(state: HierarchyState, event: HierarchyEvent): HierarchyState {
  switch (event.type) {
    case 'UnitCreated': {
      const { unitId, parentId, effectiveFrom, ...profile } = event.data;
      const version: UnitVersion = { from: effectiveFrom, profile, parentId, status: 'active' };
      return { units: { ...state.units, [unitId]: { id: unitId, versions: [version] } } };
    }
    case 'UnitRenamed': {
      const { unitId, nameVi, nameEn, effectiveFrom } = event.data;
      return withVersion(state, unitId, (latest) => ({
        ...latest,
        from: effectiveFrom,
        profile: { ...latest.profile, nameVi, ...(nameEn === undefined ? {} : { nameEn }) },
      }));
    }
    case 'UnitMoved':
      return withVersion(state, event.data.unitId, (latest) => ({
        ...latest,
        from: event.data.effectiveFrom,
        parentId: event.data.toParentId,
      }));
    case 'UnitsMerged':
      return event.data.sourceUnitIds.reduce(
        (current, sourceId) =>
          withVersion(current, sourceId, (latest) => ({
            ...latest,
            from: event.data.effectiveFrom,
            status: 'merged',
            successorIds: [event.data.successorUnitId],
          })),
        state,
      );
    case 'UnitSplit':
      return withVersion(state, event.data.unitId, (latest) => ({
        ...latest,
        from: event.data.effectiveFrom,
        status: 'dissolved',
        successorIds: event.data.successorUnitIds,
      }));
    case 'UnitDissolved':
      return withVersion(state, event.data.unitId, (latest) => ({ ...latest, from: event.data.effectiveFrom, status: 'dissolved' }));
    default:
      return assertNever(event);
  }
}

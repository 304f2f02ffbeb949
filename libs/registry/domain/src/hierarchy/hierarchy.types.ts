// The effective-dated hierarchy model is shared with the services that keep a local copy of the
// hierarchy (libs/shared/unit-hierarchy, ADR 0008); the registry alone decides its changes.
export {
  type AreaFlags,
  type HierarchyState,
  type Organisation,
  ORGANISATIONS,
  type UnitProfile,
  type UnitRecord,
  type UnitStatus,
  type UnitVersion,
} from '@tn/shared-unit-hierarchy';

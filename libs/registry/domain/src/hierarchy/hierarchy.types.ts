// The effective-dated hierarchy model is shared with the services that keep a local copy of the
// hierarchy (libs/shared/unit-hierarchy, ADR 0008); the registry alone decides its changes.
export { type HierarchyState, ORGANISATIONS, type UnitProfile } from '@tn/shared-unit-hierarchy';

// The hierarchy events are read by the services that keep a local copy of the hierarchy too
// (libs/shared/unit-hierarchy, ADR 0008), which cannot see the registry's contracts: the
// hierarchy's unit spec checks that their types and the contracts' schemas are the same.
export { HIERARCHY_STREAM_ID, HIERARCHY_STREAM_TYPE } from '@tn/registry-contracts';
export { type HierarchyEvent, type UnitCreated, type UnitMoved } from '@tn/shared-unit-hierarchy';

// One fold of the hierarchy for the registry and for every local copy (libs/shared/unit-hierarchy, ADR 0008).
export { evolveHierarchy, evolveHierarchyAll, initialHierarchy } from '@tn/shared-unit-hierarchy';

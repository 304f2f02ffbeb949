// The hierarchy events are read by the services that keep a local copy of the hierarchy too
// (libs/shared/unit-hierarchy, ADR 0008).
export {
  HIERARCHY_STREAM_ID,
  type HierarchyEvent,
  type UnitCreated,
  type UnitDissolved,
  type UnitMoved,
  type UnitRenamed,
  type UnitSplit,
  type UnitsMerged,
} from '@tn/shared-unit-hierarchy';

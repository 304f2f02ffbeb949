import type { Projection } from '@tn/shared-event-bus';
import { registryHierarchyProjectionOf } from '@tn/shared-registry-feed';

export const REPORTING_HIERARCHY_COLLECTION = 'gw_reporting_hierarchy';

/**
 * The slice's own copy of the registry's hierarchy stream (one document per version), projected
 * by the same consumer as the facts, so a value is attributed by the structure its facts were
 * projected with (ReportingHierarchy folds it).
 */
export const reportingHierarchyProjection: Projection = {
  ...registryHierarchyProjectionOf('gateway-reporting-hierarchy', REPORTING_HIERARCHY_COLLECTION),
  // ReportingHierarchy reads the versions block by block (one equality each).
  indexes: [{ block: 1 }],
};

import { Injectable } from '@nestjs/common';
import { MongoConnection } from '@tn/shared-service-kit';
import { hierarchyEventsAfter, LocalHierarchy } from '@tn/shared-registry-feed';
import type { HierarchyState } from '@tn/shared-unit-hierarchy';
import { REPORTING_HIERARCHY_COLLECTION } from '../facts';

/**
 * The registry's hierarchy as the indicator facts' projector copied it (every version, by block),
 * folded with the registry's own fold. Each evaluation folds the versions projected since the
 * last one first, so a value is attributed by the structure the facts were projected with.
 */
@Injectable()
export class ReportingHierarchy {
  private readonly hierarchy = new LocalHierarchy();

  constructor(mongo: MongoConnection) {
    this.hierarchy.attach({
      eventsAfter: (version) => hierarchyEventsAfter(mongo, REPORTING_HIERARCHY_COLLECTION, version),
      // Only `catchUp` asks; the gateway folds what is projected, it does not wait for the topic.
      lag: async () => 0,
    });
  }

  /** The hierarchy with every projected version folded in. */
  async current(): Promise<HierarchyState> {
    await this.hierarchy.refresh();
    return this.hierarchy.snapshot();
  }
}

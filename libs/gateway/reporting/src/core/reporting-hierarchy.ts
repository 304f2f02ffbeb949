import { Injectable } from '@nestjs/common';
import { MongoConnection } from '@tn/shared-service-kit';
import { hierarchyEventsAfter, LocalHierarchy } from '@tn/shared-registry-feed';
import type { HierarchyState } from '@tn/shared-unit-hierarchy';
import { reportingHierarchyProjection } from '../facts/hierarchy-facts.projection';
import { servingCollectionOf } from './reporting-collections';

/**
 * The registry's hierarchy as the indicator facts' projector copied it (every version, by block),
 * folded with the registry's own fold. Each evaluation folds the versions projected since the
 * last one first, so a value is attributed by the structure the facts were projected with.
 */
@Injectable()
export class ReportingHierarchy {
  /** The fold of the copy in one collection: a rebuild swaps in another, folded again from version 0. */
  private copy?: { collection: string; hierarchy: LocalHierarchy };

  constructor(private readonly mongo: MongoConnection) {}

  /** The hierarchy with every projected version folded in. */
  async current(): Promise<HierarchyState> {
    const collection = await servingCollectionOf(this.mongo.connection, reportingHierarchyProjection);
    if (this.copy?.collection !== collection) this.copy = { collection, hierarchy: this.foldOf(collection) };
    const { hierarchy } = this.copy;
    await hierarchy.refresh();
    return hierarchy.snapshot();
  }

  private foldOf(collection: string): LocalHierarchy {
    const hierarchy = new LocalHierarchy();
    hierarchy.attach({
      eventsAfter: (version) => hierarchyEventsAfter(this.mongo, collection, version),
      // Only `catchUp` asks; the gateway folds what is projected, it does not wait for the topic.
      lag: async () => 0,
    });
    return hierarchy;
  }
}

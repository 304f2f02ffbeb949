import { type DynamicModule, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { type NetworkDirectoryCopy, networkDirectoryEntryId } from '@tn/campaigns-contracts';
import { StreamPartitionLag } from '@tn/shared-event-bus';
import { ProjectionsModule } from '@tn/shared-event-sourcing-nest';
import { HealthIndicators, KafkaConnection, MongoConnection } from '@tn/shared-service-kit';
import { campaignsNetworkFeedNamesOf } from './campaigns-network-feed';
import type { LocalNetworkDirectory } from './local-network-directory';
import { networkDirectoryProjectionOf } from './network-directory.projection';

export interface NetworkFeedOptions {
  /** Put before the network's topic and this service's consumer group (KAFKA_TOPIC_PREFIX). */
  topicPrefix: string;
  /** The copy the routes read, handed its source once Nest has connected. */
  directory: LocalNetworkDirectory;
}

const OPTIONS = Symbol('NETWORK_FEED_OPTIONS');

/** The fields of a copy (every kind's), and the tombstone mark; never the projector's bookkeeping. */
const COPY_FIELDS = {
  _id: 0,
  kind: 1,
  id: 1,
  status: 1,
  partnerId: 1,
  leadUnitId: 1,
  partyUnitIds: 1,
  validFrom: 1,
  validTo: 1,
  terminatedOn: 1,
  _deleted: 1,
} as const;

/** Readiness name of the copy. */
export const NETWORK_DIRECTORY_INDICATOR = 'network-directory';

/** Hands the local directory its source (the projected documents and the consumer group's lag) and reports it in readiness. */
@Injectable()
class NetworkFeedLifecycle implements OnApplicationShutdown {
  private readonly lag: StreamPartitionLag;

  constructor(@Inject(OPTIONS) options: NetworkFeedOptions, mongo: MongoConnection, kafka: KafkaConnection, indicators: HealthIndicators) {
    const names = campaignsNetworkFeedNamesOf(options.topicPrefix);
    this.lag = new StreamPartitionLag(kafka.kafka, names.topic, names.groupId);
    options.directory.attach({
      // One equality on the id; a tombstone (`_deleted`: nothing known of the record) is no record.
      entryOf: async (kind, id) => {
        const doc = await mongo.connection
          .collection(names.collection)
          .findOne({ _id: networkDirectoryEntryId(kind, id) as never }, { projection: COPY_FIELDS });
        if (!doc || doc['_deleted'] === true || doc['kind'] !== kind) return undefined;
        return doc as unknown as NetworkDirectoryCopy;
      },
      lag: (streamId) => this.lag.lag(streamId),
    });
    indicators.register(NETWORK_DIRECTORY_INDICATOR, () => options.directory.readiness());
  }

  async onApplicationShutdown(): Promise<void> {
    await this.lag.close();
  }
}

/**
 * What the campaigns service keeps of the network's events: its directory of groups, partners
 * and agreements, projected from the network's topic with the service's own consumer group into
 * its own database, so a command naming one is checked without asking the network.
 */
@Module({})
export class NetworkFeedModule {
  static forRoot(options: NetworkFeedOptions): DynamicModule {
    const { groupId, topic, collection, projection } = campaignsNetworkFeedNamesOf(options.topicPrefix);
    return {
      module: NetworkFeedModule,
      imports: [ProjectionsModule.forRoot({ groupId, topics: [topic], projections: [networkDirectoryProjectionOf(projection, collection)] })],
      providers: [{ provide: OPTIONS, useValue: options }, NetworkFeedLifecycle],
    };
  }
}

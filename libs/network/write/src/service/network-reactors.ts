import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { type CommandRoute, EventReactor, type Reaction } from '@tn/shared-event-sourcing-nest';
import { MongoEventStore } from '@tn/shared-event-store';
import { HealthIndicators, KafkaConnection, MetricsService, MongoConnection } from '@tn/shared-service-kit';

export interface NetworkReactorsOptions {
  routes: readonly CommandRoute[];
  reactions: readonly Reaction[];
}

export const NETWORK_REACTORS_OPTIONS = Symbol('NETWORK_REACTORS_OPTIONS');

/**
 * The network service's reactors, one consumer each: a unit merger carries groups to the
 * successor, a campaigns activity naming groups records their activity, an accepted match books
 * the group's dates (and a refused booking releases the match). Each gives its commands through
 * the service's own routes under ids derived from the event, so a replay stores nothing twice.
 */
@Injectable()
export class NetworkReactors implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly reactors: EventReactor[];

  constructor(
    @Inject(NETWORK_REACTORS_OPTIONS) options: NetworkReactorsOptions,
    store: MongoEventStore,
    mongo: MongoConnection,
    kafka: KafkaConnection,
    metrics: MetricsService,
    indicators: HealthIndicators,
  ) {
    const deps = { store, routes: options.routes, mongo, kafka, metrics, indicators };
    this.reactors = options.reactions.map((reaction) => new EventReactor(reaction, deps));
  }

  onApplicationBootstrap(): void {
    for (const reactor of this.reactors) reactor.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.reactors.map((reactor) => reactor.stop()));
  }
}

import type { OnApplicationBootstrap, OnApplicationShutdown, Provider } from '@nestjs/common';
import { MongoEventStore } from '@tn/shared-event-store';
import { HealthIndicators, KafkaConnection, MetricsService, MongoConnection } from '@tn/shared-service-kit';
import type { CommandRoute } from './command-route';
import { EventReactor, type Reaction, type ReactorDeps } from './event-reactor';
import { TopicProgress } from './topic-progress';

/** What reactions are made with: Kafka, and progress probes (a reaction waiting for a projection) closed once the reactors have stopped. */
export interface ReactionTools {
  kafka: KafkaConnection;
  progressOf(topic: string): TopicProgress;
}

export interface ReactorsOptions {
  /** The service's routes: the reactions' commands take the same ones. */
  routes: readonly CommandRoute[];
  /** Made once the connections exist. */
  reactions(tools: ReactionTools): readonly Reaction[];
}

/** A service's reactors, one consumer each: started once the application is up, stopped (then their probes closed) on shutdown. */
export class Reactors implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly reactors: EventReactor[];
  private readonly probes: TopicProgress[] = [];

  constructor(options: ReactorsOptions, deps: Omit<ReactorDeps, 'routes'>) {
    const progressOf = (topic: string) => {
      const probe = new TopicProgress(deps.kafka.kafka, topic);
      this.probes.push(probe);
      return probe;
    };
    const reactions = options.reactions({ kafka: deps.kafka, progressOf });
    this.reactors = reactions.map((reaction) => new EventReactor(reaction, { ...deps, routes: options.routes }));
  }

  onApplicationBootstrap(): void {
    for (const reactor of this.reactors) reactor.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.reactors.map((reactor) => reactor.stop()));
    await Promise.all(this.probes.map((probe) => probe.close()));
  }
}

/** The provider of a service's reactors, for the module that imports EventSourcingModule (its event store). */
export function reactorsProvider(options: ReactorsOptions): Provider {
  return {
    provide: Reactors,
    inject: [MongoEventStore, MongoConnection, KafkaConnection, MetricsService, HealthIndicators],
    useFactory: (store: MongoEventStore, mongo: MongoConnection, kafka: KafkaConnection, metrics: MetricsService, indicators: HealthIndicators) =>
      new Reactors(options, { store, mongo, kafka, metrics, indicators }),
  };
}

import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { ReadinessService, SERVICE_NAME } from '@tn/shared-service-kit';
import { PlatformStatusModel } from './platform-status.model';

/** Operational query: lets API clients and the console see whether the gateway is ready. */
@Resolver(() => PlatformStatusModel)
export class PlatformStatusResolver {
  constructor(
    private readonly readiness: ReadinessService,
    @Inject(SERVICE_NAME) private readonly service: string,
  ) {}

  @Query(() => PlatformStatusModel, { description: "The gateway's readiness and its backing servers." })
  async platformStatus(): Promise<PlatformStatusModel> {
    const report = await this.readiness.check();
    return {
      service: this.service,
      ready: report.ready,
      status: report.health,
      stuckPartitions: report.dependencies.flatMap((dependency) => dependency.stuckPartitions ?? []),
      // Probe error texts stay in the HTTP readiness endpoint, not in the public API.
      dependencies: report.dependencies.map(({ name, up, latencyMs, stuckPartitions }) => ({ name, up, latencyMs, stuckPartitions: stuckPartitions ?? [] })),
    };
  }
}

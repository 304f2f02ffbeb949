import { Inject } from '@nestjs/common';
import { Context, Query, Resolver } from '@nestjs/graphql';
import { BackendServices, type GatewayContext } from '@tn/gateway-core';
import { ReadinessService, SERVICE_NAME } from '@tn/shared-service-kit';
import { PlatformStatusModel } from './platform-status.model';

/** Operational query: lets API clients and the console see whether the gateway is ready. */
@Resolver(() => PlatformStatusModel)
export class PlatformStatusResolver {
  constructor(
    private readonly readiness: ReadinessService,
    @Inject(SERVICE_NAME) private readonly service: string,
    private readonly backends: BackendServices,
  ) {}

  @Query(() => PlatformStatusModel, { description: "The gateway's readiness, its backing servers, its projectors and the services behind it." })
  async platformStatus(@Context() context?: GatewayContext): Promise<PlatformStatusModel> {
    const report = await this.readiness.check();
    // Load figures (in flight, shed, lag) would help time an overload: system administrators only.
    const operator = context?.user?.claims.grants.some((grant) => grant.role === 'system-admin' && grant.unitId === null) ?? false;
    return {
      service: this.service,
      ready: report.ready,
      status: report.health,
      stuckPartitions: report.dependencies.flatMap((dependency) => dependency.stuckPartitions ?? []),
      // Probe error texts stay in the HTTP readiness endpoint, not in the public API.
      dependencies: report.dependencies.map(({ name, up, latencyMs, stuckPartitions, groupMember, lag }) => ({
        name,
        up,
        latencyMs,
        stuckPartitions: stuckPartitions ?? [],
        ...(operator ? { groupMember, lag } : {}),
      })),
      services: (operator ? this.backends.statuses() : []).map((service) => ({
        name: service.name,
        connected: service.connected,
        reachable: service.reachable,
        health: service.health,
        roundTripMs: service.roundTripMs,
        checkedAt: service.checkedAt,
        lastReplyAt: service.lastReplyAt,
        commandLimit: service.limit,
        commandsInFlight: service.inFlight,
        commandsQueued: service.queued,
        commandsShed: service.shed,
        commandLatencyMs: service.latencyMs,
      })),
    };
  }
}

import { Injectable } from '@nestjs/common';

export interface IndicatorStatus {
  up: boolean;
  /** Why it is down, or a short figure (for example a backlog); never personal data. */
  detail?: string;
}

/**
 * Parts of a service that readiness must also wait for beyond Kafka and MongoDB (the outbox
 * relay, projectors). Features register a check; readiness runs them with the server probes.
 */
@Injectable()
export class HealthIndicators {
  private readonly checks = new Map<string, () => Promise<IndicatorStatus> | IndicatorStatus>();

  register(name: string, check: () => Promise<IndicatorStatus> | IndicatorStatus): void {
    this.checks.set(name, check);
  }

  entries(): [string, () => Promise<IndicatorStatus> | IndicatorStatus][] {
    return [...this.checks.entries()];
  }
}

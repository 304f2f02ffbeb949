import { Injectable } from '@nestjs/common';

/** A Kafka partition a projector has failed on too many times in a row (it does not move). */
export interface StuckPartition {
  projector: string;
  topic: string;
  partition: number;
  /** The first offset not yet projected. */
  offset: string;
  attempts: number;
  /** When the first failed attempt at this offset happened (ISO time). */
  since: string;
}

export interface IndicatorStatus {
  up: boolean;
  /** Why it is down, or a short figure (for example a backlog); never personal data. */
  detail?: string;
  /** A projector's stuck partitions: the indicator is down because of them, not for lack of a server. */
  stuckPartitions?: StuckPartition[];
  /**
   * A projector's consumer-group membership: false when it has been out of its group past a
   * grace period (its read models stop moving while the servers answer).
   */
  groupMember?: boolean;
  /**
   * Something the service works without, only less well (a backend service behind the gateway):
   * down makes health 'degraded' and leaves the service ready, since taking it out of the load
   * balancer would stop what does still work (reads, the other services' commands).
   */
  degradesOnly?: boolean;
  /** A projector's events not yet projected, at its last measurement. */
  lag?: number;
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

import type { HealthIndicators, MetricsService } from '@tn/shared-service-kit';
import type { AdmissionSnapshot } from './command-admission';
import type { CommandPathStatus } from './command-path-probe';
import type { ServiceClient } from './service-client';

/** One backend service as the gateway sees it: its command path and its load shedding. */
export interface BackendServiceStatus extends CommandPathStatus, AdmissionSnapshot {
  name: string;
  /** The gateway's reply consumer for it is connected. */
  connected: boolean;
}

/**
 * The services the gateway sends commands to, for platformStatus. The gateway app makes one
 * and hands it to each context's module, which adds its client.
 */
export class BackendServices {
  private readonly clients = new Map<string, ServiceClient>();

  add(name: string, client: ServiceClient): void {
    this.clients.set(name, client);
  }

  statuses(): BackendServiceStatus[] {
    return [...this.clients].map(([name, client]) => ({ name, connected: client.connected, ...client.probe.current(), ...client.admission.snapshot() }));
  }
}

/** A service client in readiness (below) and its load shedding in Prometheus series labelled with its name. */
export function watchServiceClient(
  name: string,
  client: ServiceClient,
  { indicators, metrics }: { indicators: HealthIndicators; metrics: MetricsService },
): void {
  registerServiceClientHealth(indicators, name, client);
  client.admission.observe({
    changed: ({ limit, inFlight }) => {
      metrics.commandAdmissionLimit.set({ backend: name }, limit);
      metrics.commandsInFlight.set({ backend: name }, inFlight);
    },
    shed: () => metrics.commandsShed.inc({ backend: name }),
  });
}

/**
 * Readiness for one service client: `<name>-commands` (the gateway's own consumer of its replies;
 * never connected, no command can be answered, so the gateway is not ready; out of its group for
 * a while, it degrades) and `service:<name>` (the service's command path, from the probe; down
 * only degrades the gateway, whose reads and other services still work). The load figures stay
 * out of these texts: /health/ready is on the public port, and they are for operators only
 * (platformStatus to system administrators, the metrics port).
 */
function registerServiceClientHealth(indicators: HealthIndicators, name: string, client: ServiceClient): void {
  indicators.register(`${name}-commands`, () => {
    if (!client.connected) return { up: false, detail: 'command client not connected yet' };
    // Connected but out of its group (Kafka just came back, a rebalance): replies wait in the topic for a while.
    const stalled = client.repliesStalled;
    return stalled ? { up: false, degradesOnly: true, groupMember: false, detail: stalled } : { up: true, groupMember: true };
  });
  indicators.register(`service:${name}`, () => {
    const path = client.probe.current();
    if (!path.reachable) {
      return { up: false, degradesOnly: true, detail: path.checkedAt ? 'no answer to the last command-path pings' : 'not probed yet' };
    }
    return { up: path.health !== 'down', degradesOnly: true, detail: `service ${path.health}` };
  });
}

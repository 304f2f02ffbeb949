import type { Provider } from '@nestjs/common';
import type { Projection } from '@tn/shared-event-bus';

/**
 * One area of the network slice (groups, networks, partners, needs): its read models and its
 * resolvers with their helpers. Each area's index exports one; the module concatenates the list
 * in `network-areas.ts`.
 */
export interface NetworkArea {
  projections: readonly Projection[];
  providers: readonly Provider[];
}

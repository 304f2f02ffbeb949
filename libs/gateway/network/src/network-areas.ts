import type { NetworkArea } from './core/network-area';
import { groupsArea } from './groups';
import { needsArea } from './needs';
import { networksArea } from './networks';
import { partnersArea } from './partners';

/**
 * Every area of the network slice. A new area is a folder whose index exports its NetworkArea,
 * and one entry here: the module takes the projections and providers of all of them.
 */
export const NETWORK_AREAS: readonly NetworkArea[] = [groupsArea, networksArea, partnersArea, needsArea];

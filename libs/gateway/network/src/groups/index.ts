// The groups area of the network slice: clubs, teams and groups, their hosts over time and their status as of a date.
import type { NetworkArea } from '../core/network-area';
import { GroupChangesResolver } from './group-changes.resolver';
import { groupProjection } from './group.read-model';
import { GroupsResolver } from './groups.resolver';

export const groupsArea: NetworkArea = {
  projections: [groupProjection],
  providers: [GroupsResolver, GroupChangesResolver],
};

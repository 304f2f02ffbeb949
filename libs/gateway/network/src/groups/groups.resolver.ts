import { Args, Context, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { type GatewayContext, pageOf } from '@tn/gateway-core';
import { directoryOf, subtreeUnitIds } from '@tn/gateway-registry';
import { GROUP_STATUSES } from '@tn/network-contracts';
import { dateOrToday, requireFilterValue } from '../core/inputs';
import { requireNetworkPermission } from '../core/network-permissions';
import { readableGroup } from './group-access';
import { groupsOf } from './group-reads';
import { groupsOfUnitsOn, groupStandingOn, statusTotals } from './group-standing';
import { groupView } from './group-views';
import { GroupPage, GroupView } from './group.models';

const AS_OF = { nullable: true, description: 'YYYY-MM-DD; today (Vietnam) when absent.' };

/** Volunteer groups: one group, and a unit's groups as of a date with their status then. */
@Resolver(() => GroupView)
export class GroupsResolver {
  @Query(() => GroupView, {
    nullable: true,
    description:
      "A group, its status as of a date: verified groups for every holder of network:read, pending ones for the proposed host's readers and the group's leaders.",
  })
  async group(@Context() context: GatewayContext, @Args('id', { type: () => ID }) id: string, @Args('asOf', AS_OF) asOf?: string): Promise<GroupView | null> {
    const date = dateOrToday(asOf, 'asOf', context.language, 'GROUP.DATE_INVALID');
    const doc = await readableGroup(context, id);
    return doc ? groupView(doc, date, groupStandingOn(doc, date)) : null;
  }

  @Query(() => GroupPage, {
    description:
      "A unit's groups as of a date (today unless given), by name: those it hosted then (units merged into it included) or that proposed it as host, with the units of its subtree's when asked, and totals per status.",
  })
  async unitGroups(
    @Context() context: GatewayContext,
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('includeSubtree', { nullable: true, description: 'Also the groups of every unit below it (false unless given).' }) includeSubtree?: boolean,
    @Args('status', { nullable: true, description: 'pending-verification, declined, active, dormant or dissolved (the totals count every status).' })
    status?: string,
    @Args('asOf', AS_OF) asOf?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<GroupPage> {
    const { language } = context;
    const date = dateOrToday(asOf, 'asOf', language, 'GROUP.DATE_INVALID');
    const wanted = requireFilterValue(status, GROUP_STATUSES, 'status', language);
    await requireNetworkPermission(context, 'network:read', unitId);
    const directory = directoryOf(context);
    const units = includeSubtree ? await subtreeUnitIds(directory, unitId, date) : new Set([unitId, ...(await directory.withPredecessors(unitId, date))]);
    const groups = groupsOfUnitsOn(await groupsOf(context).everHostedBy(units), units, date);
    const shown = groups
      .filter(({ standing }) => wanted === undefined || standing.status === wanted)
      .map(({ doc, standing }) => groupView(doc, date, standing));
    const page = pageOf(shown, (view) => [view.name, view.id], { first: first ?? null, after: after ?? null }, language);
    const totals = Object.entries(statusTotals(groups.map(({ standing }) => standing))).map(([name, count]) => ({ status: name, count }));
    return { ...page, unitId, includeSubtree: includeSubtree ?? false, asOf: date, totals };
  }
}

import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { CommandResultView, freshIdOf, type GatewayContext, requireAllowed, requireUser } from '@tn/gateway-core';
import { requireActivityPermission } from '../activities/activities.resolver';
import { ActivityView } from '../activities/activity.models';
import { CampaignsClient } from '../core/campaigns-client';
import { campaignsOf } from '../core/campaigns-directory';
import {
  ActivityOutputView,
  DefineOutputMeasureInput,
  OutputMeasureView,
  RecordActivityOutputInput,
  RecordResourceMobilisedInput,
  ResourceMobilisedView,
  ResultTotalsView,
  RetireOutputMeasureInput,
  WithdrawActivityOutputInput,
  WithdrawResourceMobilisedInput,
} from './outputs.models';
import type { ActivityResultsDoc } from './results.read-model';
import { catalogueOf, measureView, outputView, resourceView, resultTotalsView } from './results.views';

/** The results of the activities a request asks about, collected per batch and read by id (one `_id` lookup each). */
function resultsLoaderOf(context: GatewayContext): DataLoader<string, ActivityResultsDoc | undefined> {
  let loader = context.loaders.get('activity-results') as DataLoader<string, ActivityResultsDoc | undefined> | undefined;
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const docs = await campaignsOf(context).resultsOf(ids);
      return ids.map((id) => docs.find((doc) => doc.activityId === id));
    });
    context.loaders.set('activity-results', loader);
  }
  return loader;
}

/** The catalogue of output measures, and what activities produced and mobilised. */
@Resolver()
export class OutputsResolver {
  constructor(private readonly client: CampaignsClient) {}

  @Query(() => [OutputMeasureView], { description: 'The output measures (built in, then defined), with Vietnamese and English names and units.' })
  async outputMeasures(
    @Context() context: GatewayContext,
    @Args('includeRetired', { defaultValue: false, description: 'Also list retired measures (old outputs still use them).' }) includeRetired: boolean,
  ): Promise<OutputMeasureView[]> {
    requireUser(context);
    return (await catalogueOf(context)).filter((measure) => includeRetired || !measure.retired).map(measureView);
  }

  /** The catalogue belongs to no unit: only a system administrator (a grant with no unit) may change it. */
  private async catalogueCommand(context: GatewayContext, type: string, input: { measureId: string }): Promise<CommandResultView> {
    const user = requireAllowed(context, 'campaigns:write', []);
    const outcome = await this.client.command(type, { ...input }, user, context.language);
    return { id: input.measureId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Add a measure to the catalogue (system administrators). Built-in ids cannot be redefined.' })
  defineOutputMeasure(@Context() context: GatewayContext, @Args('input') input: DefineOutputMeasureInput): Promise<CommandResultView> {
    return this.catalogueCommand(context, 'DefineOutputMeasure', input);
  }

  @Mutation(() => CommandResultView, { description: 'Retire a defined measure: no new outputs take it; recorded ones keep it (system administrators).' })
  retireOutputMeasure(@Context() context: GatewayContext, @Args('input') input: RetireOutputMeasureInput): Promise<CommandResultView> {
    return this.catalogueCommand(context, 'RetireOutputMeasure', input);
  }

  private async resultsCommand<P extends { activityId: string }>(context: GatewayContext, type: string, id: string, payload: P): Promise<CommandResultView> {
    const { user } = await requireActivityPermission(context, 'campaigns:write', payload.activityId);
    const outcome = await this.client.command(type, payload, user, context.language);
    return { id, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Record a youth work or task of a started activity with its measures; returns the output id.' })
  recordActivityOutput(@Context() context: GatewayContext, @Args('input') input: RecordActivityOutputInput): Promise<CommandResultView> {
    const outputId = input.outputId ?? freshIdOf(context);
    const measures = input.measures.map(({ measureId, value }) => ({ measureId, value }));
    return this.resultsCommand(context, 'RecordActivityOutput', outputId, { ...input, outputId, measures });
  }

  @Mutation(() => CommandResultView, { description: 'Withdraw a mistaken output, with a reason: it stops counting.' })
  withdrawActivityOutput(@Context() context: GatewayContext, @Args('input') input: WithdrawActivityOutputInput): Promise<CommandResultView> {
    return this.resultsCommand(context, 'WithdrawActivityOutput', input.outputId, { ...input });
  }

  @Mutation(() => CommandResultView, {
    description: 'Record cash (whole VND) or goods (described and valued) mobilised for an activity; returns the record id.',
  })
  recordResourceMobilised(@Context() context: GatewayContext, @Args('input') input: RecordResourceMobilisedInput): Promise<CommandResultView> {
    const resourceId = input.resourceId ?? freshIdOf(context);
    return this.resultsCommand(context, 'RecordResourceMobilised', resourceId, { ...input, resourceId });
  }

  @Mutation(() => CommandResultView, { description: 'Withdraw a mistaken resource record, with a reason: it stops counting.' })
  withdrawResourceMobilised(@Context() context: GatewayContext, @Args('input') input: WithdrawResourceMobilisedInput): Promise<CommandResultView> {
    return this.resultsCommand(context, 'WithdrawResourceMobilised', input.resourceId, { ...input });
  }
}

/** An activity's outputs and resources (its parent was authorised by the query that returned it). */
@Resolver(() => ActivityView)
export class ActivityResultsResolver {
  @ResolveField(() => [ActivityOutputView], { description: 'Youth works and tasks it produced, withdrawn ones included (marked).' })
  async outputs(@Context() context: GatewayContext, @Parent() activity: ActivityView): Promise<ActivityOutputView[]> {
    return ((await resultsLoaderOf(context).load(activity.id))?.outputs ?? []).map(outputView);
  }

  @ResolveField(() => [ResourceMobilisedView], { description: 'Cash and goods mobilised for it, withdrawn ones included (marked).' })
  async resources(@Context() context: GatewayContext, @Parent() activity: ActivityView): Promise<ResourceMobilisedView[]> {
    return ((await resultsLoaderOf(context).load(activity.id))?.resources ?? []).map(resourceView);
  }

  @ResolveField(() => ResultTotalsView, { description: 'Its outputs per kind, domain and measure, and its resources per source and form.' })
  resultTotals(@Context() context: GatewayContext, @Parent() activity: ActivityView): Promise<ResultTotalsView> {
    return resultTotalsView(context, [{ activityId: activity.id, domains: activity.domains }]);
  }
}

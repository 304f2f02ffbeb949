import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandResultView, type GatewayContext, readerOf } from '@tn/gateway-core';
import { type Period, publishedValuesCommandTypes, publishedValuesIdOf } from '@tn/reporting-contracts';
import { ReportingCheckpoints } from '../core/reporting-checkpoints';
import { ReportingClient } from '../core/reporting-client';
import { ReportingReads } from '../core/reporting-collections';
import { ReportingHierarchy } from '../core/reporting-hierarchy';
import { requireReportingPermission } from '../core/reporting-permissions';
import { periodsOf, structureDateOf } from '../values/value-query-inputs';
import { PublishedIndicatorValuesView, PublishIndicatorValuesInput } from './published-values.models';
import { type PublishedValuesDoc, publishedValuesProjection } from './published-values.read-model';
import { valuesToPublish } from './values-to-publish';

/**
 * Published indicator values: the gateway computes a unit's values (its engine alone sees every
 * context's facts) and the reporting service records them as the next revision, the public event
 * analytics consumers read. The latest revision reads back by unit and period.
 */
@Resolver(() => PublishedIndicatorValuesView)
export class PublishedValuesResolver {
  constructor(
    private readonly client: ReportingClient,
    private readonly hierarchy: ReportingHierarchy,
    private readonly checkpoints: ReportingCheckpoints,
  ) {}

  @Query(() => PublishedIndicatorValuesView, {
    nullable: true,
    description: "The unit's latest published values for a period (null when it never published that period).",
  })
  async publishedIndicatorValues(
    @Context() context: GatewayContext,
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('period', { description: 'Period key: Y2025, H2025-1, Q2025-3, M2025-07.' }) period: string,
  ): Promise<PublishedIndicatorValuesView | null> {
    await requireReportingPermission(context, 'reporting:read', unitId);
    const reads = readerOf(context, 'reporting:published', (readModels) => new ReportingReads(readModels.connection));
    const doc = await reads.one<PublishedValuesDoc>(publishedValuesProjection, publishedValuesIdOf(unitId, period));
    return doc ? { ...doc, stocksOn: doc.stocksOn ?? null } : null;
  }

  @Mutation(() => CommandResultView, {
    description:
      "Publish a unit's indicator values for a period that has ended or is under way (K1–K5 and its lineage's plan indicators, attributed by the structure date): the next revision, unless they equal the last.",
  })
  async publishIndicatorValues(@Context() context: GatewayContext, @Args('input') input: PublishIndicatorValuesInput): Promise<CommandResultView> {
    const [period] = periodsOf(context, [input.period], 'period') as [Period];
    const structureDate = structureDateOf(context, input.structureDate);
    const user = await requireReportingPermission(context, 'reporting:write', input.unitId);
    const { stocksOn, values } = await valuesToPublish(
      context,
      { hierarchy: this.hierarchy, checkpoints: this.checkpoints },
      { unitId: input.unitId, period, structureDate },
    );
    const payload = { unitId: input.unitId, period: period.key, structureDate, stocksOn, values };
    const outcome = await this.client.send(publishedValuesCommandTypes, 'PublishIndicatorValues', payload, user, context.language);
    return { id: publishedValuesIdOf(input.unitId, period.key), ...outcome };
  }
}

import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandResultView, type GatewayContext, readerOf } from '@tn/gateway-core';
import { DECLARED_VALUE_KEYS, declaredValueCommandTypes, declaredValueIdOf } from '@tn/reporting-contracts';
import type { DeclaredValueDoc } from '../facts';
import { ReportingClient } from '../core/reporting-client';
import { ReportingReads } from '../core/reporting-collections';
import { requireReportingPermission } from '../core/reporting-permissions';
import { DeclaredValueView, DeclareValueInput } from './declared-value.models';
import { declaredValueProjection } from './declared-value.read-model';

/** Declared values: what a unit states for a period beside what the platform recorded (K2). */
@Resolver(() => DeclaredValueView)
export class DeclaredValuesResolver {
  constructor(private readonly client: ReportingClient) {}

  @Query(() => [DeclaredValueView], { description: "The unit's latest declared figures for a period (one per key declared)." })
  async declaredValues(
    @Context() context: GatewayContext,
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('period') period: string,
  ): Promise<DeclaredValueView[]> {
    await requireReportingPermission(context, 'reporting:read', unitId);
    const reads = readerOf(context, 'reporting:declared', (readModels) => new ReportingReads(readModels.connection));
    const found = await Promise.all(
      DECLARED_VALUE_KEYS.map((key) => reads.one<DeclaredValueDoc>(declaredValueProjection, declaredValueIdOf(unitId, period, key))),
    );
    return found.filter((doc): doc is DeclaredValueDoc => doc !== undefined);
  }

  @Mutation(() => CommandResultView, { description: 'Declare a figure for a unit and period (the service checks the period, the key and the value).' })
  async declareValue(@Context() context: GatewayContext, @Args('input') input: DeclareValueInput): Promise<CommandResultView> {
    const user = await requireReportingPermission(context, 'reporting:write', input.unitId);
    const payload = { unitId: input.unitId, period: input.period, key: input.key, value: input.value, ...(input.note ? { note: input.note } : {}) };
    const outcome = await this.client.send(declaredValueCommandTypes, 'DeclareValue', payload, user, context.language);
    return { id: declaredValueIdOf(input.unitId, input.period, input.key), ...outcome };
  }
}

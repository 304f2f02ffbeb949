import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { apiError } from '@tn/gateway-graphql-kit';
import { CommandResultView, freshIdOf, type GatewayContext, requireUser } from '@tn/gateway-core';
import { directoryOf, today } from '@tn/gateway-registry';
import { type IndicatorDefinition, indicatorCommandTypes, PROGRAMME_INDICATORS } from '@tn/reporting-contracts';
import { requireReportingPermission, reportingForbidden } from '../core/reporting-permissions';
import { visibleIndicator } from '../core/visible-indicators';
import { ReportingClient } from '../core/reporting-client';
import { definitionsOf } from './definition-reads';
import {
  DefineIndicatorInput,
  type IndicatorContentInput,
  IndicatorDefinitionView,
  RetireIndicatorInput,
  ReviseIndicatorInput,
} from './indicator-definition.models';

export function definitionView(definition: IndicatorDefinition, language: string, retired = false): IndicatorDefinitionView {
  return {
    indicatorId: definition.indicatorId,
    version: definition.version,
    code: definition.code,
    nameVi: definition.nameVi,
    nameEn: definition.nameEn,
    name: language === 'en' ? definition.nameEn : definition.nameVi,
    unit: definition.unit,
    origin: definition.origin,
    ownerUnitId: definition.ownerUnitId ?? null,
    retired,
    formula: JSON.stringify(definition.formula),
    targets: definition.targets.map((target) => ({ year: target.year, value: target.value, direction: target.direction ?? 'at-least' })),
  };
}

/** The formula's JSON text as an object; the service's decider names any fault inside it. */
function formulaOf(context: GatewayContext, text: string): object {
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed;
  } catch {
    // refused below, as a value that is not an object
  }
  throw apiError({ code: 'INDICATOR_QUERY.FORMULA_NOT_JSON', kind: 'validation', field: 'formula' }, context.language);
}

function contentOf(context: GatewayContext, input: IndicatorContentInput) {
  return {
    code: input.code,
    nameVi: input.nameVi,
    nameEn: input.nameEn,
    unit: input.unit,
    formula: formulaOf(context, input.formula) as never,
    targets: input.targets.map((target) => ({ year: target.year, value: target.value, ...(target.direction ? { direction: target.direction as never } : {}) })),
  };
}

/** Indicator definitions: the programme's K1–K5 and the plan indicators units define, revise and retire. */
@Resolver(() => IndicatorDefinitionView)
export class IndicatorDefinitionsResolver {
  constructor(private readonly client: ReportingClient) {}

  @Query(() => [IndicatorDefinitionView], {
    description: "K1–K5, and with a unit the plan indicators that it and the units above it defined (its plans' indicators), latest versions.",
  })
  async indicatorDefinitions(
    @Context() context: GatewayContext,
    @Args('unitId', { type: () => ID, nullable: true }) unitId?: string,
  ): Promise<IndicatorDefinitionView[]> {
    const programme = PROGRAMME_INDICATORS.map((definition) => definitionView(definition, context.language));
    if (!unitId) {
      requireUser(context);
      return programme;
    }
    await requireReportingPermission(context, 'reporting:read', unitId);
    const lineage = await directoryOf(context).lineage(unitId, today());
    const plans = await definitionsOf(context).ownedBy(lineage);
    return [...programme, ...plans.map((doc) => definitionView(doc.current, context.language, doc.retired))];
  }

  @Query(() => [IndicatorDefinitionView], {
    description:
      'Every version of an indicator, oldest first (a value names the version it came from); K1–K5 have one. Empty for an unknown id, and for a plan indicator of a unit the caller neither reads nor sits below.',
  })
  async indicatorDefinitionVersions(
    @Context() context: GatewayContext,
    @Args('indicatorId', { type: () => ID }) indicatorId: string,
  ): Promise<IndicatorDefinitionView[]> {
    const indicator = await visibleIndicator(context, indicatorId);
    if (!indicator) return [];
    const { latest, versions, retired } = indicator;
    return versions.map((version) => definitionView(version, context.language, retired && version.version === latest.version));
  }

  @Mutation(() => CommandResultView, { description: 'Define a plan indicator for a unit (version 1).' })
  async defineIndicator(@Context() context: GatewayContext, @Args('input') input: DefineIndicatorInput): Promise<CommandResultView> {
    const content = contentOf(context, input);
    const user = await requireReportingPermission(context, 'reporting:write', input.ownerUnitId);
    const indicatorId = input.indicatorId ?? freshIdOf(context);
    const outcome = await this.client.send(
      indicatorCommandTypes,
      'DefineIndicator',
      { indicatorId, ownerUnitId: input.ownerUnitId, ...content },
      user,
      context.language,
    );
    return { id: indicatorId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Revise a plan indicator: a new version when anything changed (values name their version).' })
  async reviseIndicator(@Context() context: GatewayContext, @Args('input') input: ReviseIndicatorInput): Promise<CommandResultView> {
    const content = contentOf(context, input);
    const user = await this.requireOwner(context, input.indicatorId);
    const outcome = await this.client.send(indicatorCommandTypes, 'ReviseIndicator', { indicatorId: input.indicatorId, ...content }, user, context.language);
    return { id: input.indicatorId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Retire a plan indicator (final): no longer offered for plans; its values stay computable.' })
  async retireIndicator(@Context() context: GatewayContext, @Args('input') input: RetireIndicatorInput): Promise<CommandResultView> {
    const user = await this.requireOwner(context, input.indicatorId);
    const outcome = await this.client.send(
      indicatorCommandTypes,
      'RetireIndicator',
      { indicatorId: input.indicatorId, reason: input.reason },
      user,
      context.language,
    );
    return { id: input.indicatorId, ...outcome };
  }

  /** Write rights over the indicator's owner unit; an unknown indicator answers as one of another unit. */
  private async requireOwner(context: GatewayContext, indicatorId: string) {
    const doc = await definitionsOf(context).plan(indicatorId);
    if (!doc) throw reportingForbidden(context, 'reporting:write');
    return requireReportingPermission(context, 'reporting:write', doc.ownerUnitId);
  }
}

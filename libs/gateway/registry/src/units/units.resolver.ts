import { CommandResultView, freshIdOf, type GatewayContext, pageOf, requireAllowed, requireUser, scopeFor } from '@tn/gateway-core';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { allows } from '@tn/shared-auth';
import { apiError, foldVietnamese, searchPattern } from '@tn/gateway-graphql-kit';
import { RegistryClient } from '../core/registry-client';
import { directoryOf } from '../core/readers';
import {
  CreateUnitInput,
  DissolveUnitInput,
  ImportUnitsInput,
  MergeUnitsInput,
  MoveUnitInput,
  RenameUnitInput,
  SplitUnitInput,
  type UnitProfileInput,
} from './unit.inputs';
import { UnitPage, UnitView } from './unit.models';
import { today, unitView } from './unit.view';
import { ISO_DATE } from '@tn/shared-event-contracts';

const SEARCH_CANDIDATES = 2000;

export function dateArg(context: GatewayContext, asOf: string | undefined | null): string {
  if (asOf === undefined || asOf === null) return today();
  if (!ISO_DATE.test(asOf) || Number.isNaN(Date.parse(asOf))) throw apiError({ code: 'DATE.INVALID', field: 'asOf' }, context.language);
  return asOf;
}

const profileOf = (input: UnitProfileInput) => ({
  nameVi: input.nameVi,
  ...(input.nameEn ? { nameEn: input.nameEn } : {}),
  organisation: input.organisation,
  levelLabel: input.levelLabel,
  ...(input.areaCode ? { areaCode: input.areaCode } : {}),
  flags: { ethnicMinority: false, mountainous: false, border: false, island: false, ...(input.flags ?? {}) },
});

const nameKey = (unit: UnitView) => [foldVietnamese(unit.nameVi), unit.id];

/** Units: the tree as of any date, unit details with history, diacritic-blind search; hierarchy mutations. */
@Resolver(() => UnitView)
export class UnitsResolver {
  constructor(private readonly registry: RegistryClient) {}

  @Query(() => UnitView, { nullable: true, description: 'A unit as of a date (today by default).' })
  async unit(
    @Context() context: GatewayContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('asOf', { nullable: true }) asOf?: string,
  ): Promise<UnitView | null> {
    const date = dateArg(context, asOf);
    // Who asks comes first: a missing and a forbidden unit must answer alike (no existence oracle).
    const user = requireUser(context);
    const directory = directoryOf(context);
    const doc = await directory.get(id);
    // Only someone who may read every unit learns that one does not exist; anyone else hears FORBIDDEN, as for a unit not theirs.
    if (!doc) {
      if (!allows(user.claims.grants, 'units:read', [])) throw apiError({ code: 'FORBIDDEN', details: { permission: 'units:read' } }, context.language);
      return null;
    }
    requireAllowed(context, 'units:read', await directory.lineage(id, date));
    return unitView(doc, date) ?? null;
  }

  @Query(() => UnitPage, { description: 'The children of a unit as of a date, or the top units you may see when parentId is absent.' })
  async units(
    @Context() context: GatewayContext,
    @Args('parentId', { type: () => ID, nullable: true }) parentId?: string,
    @Args('asOf', { nullable: true }) asOf?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<UnitPage> {
    const date = dateArg(context, asOf);
    const directory = directoryOf(context);
    let docs;
    if (parentId) {
      requireAllowed(context, 'units:read', await directory.lineage(parentId, date));
      docs = await directory.childrenOf(parentId, date);
    } else {
      const scope = scopeFor(context, 'units:read');
      docs =
        scope === 'everywhere'
          ? await directory.childrenOf(null, date)
          : (await Promise.all(scope.map((id) => directory.get(id)))).filter((d) => d !== undefined);
    }
    const views = docs.map((doc) => unitView(doc, date)).filter((v): v is UnitView => v !== undefined);
    return pageOf(views, nameKey, { first: first ?? null, after: after ?? null }, context.language);
  }

  @Query(() => UnitPage, { description: 'Units whose name (now or before) contains the query, ignoring Vietnamese diacritics and case.' })
  async searchUnits(
    @Context() context: GatewayContext,
    @Args('query') query: string,
    @Args('asOf', { nullable: true }) asOf?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<UnitPage> {
    const date = dateArg(context, asOf);
    const scope = scopeFor(context, 'units:read');
    const directory = directoryOf(context);
    const candidates = await directory.search(searchPattern(query, context.language), SEARCH_CANDIDATES);
    const visible = [];
    for (const doc of candidates) {
      const view = unitView(doc, date);
      if (!view) continue;
      if (scope !== 'everywhere' && !(await directory.lineage(doc.unitId, date)).some((id) => scope.includes(id))) continue;
      visible.push(view);
    }
    return pageOf(visible, nameKey, { first: first ?? null, after: after ?? null }, context.language);
  }

  @ResolveField(() => UnitView, { nullable: true, description: 'Null when you may not see the parent (it is outside your units).' })
  async parent(@Context() context: GatewayContext, @Parent() unit: UnitView): Promise<UnitView | null> {
    if (!unit.parentId) return null;
    const directory = directoryOf(context);
    const doc = await directory.get(unit.parentId);
    if (!doc || !allows(requireUser(context).claims.grants, 'units:read', await directory.lineage(unit.parentId, unit.asOf))) return null;
    return unitView(doc, unit.asOf) ?? null;
  }

  @ResolveField(() => UnitPage)
  async children(
    @Context() context: GatewayContext,
    @Parent() unit: UnitView,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<UnitPage> {
    const directory = directoryOf(context);
    // A field resolver checks on its own: a query may reach this unit through `parent`.
    requireAllowed(context, 'units:read', await directory.lineage(unit.id, unit.asOf));
    const docs = await directory.childrenOf(unit.id, unit.asOf);
    const views = docs.map((doc) => unitView(doc, unit.asOf)).filter((v): v is UnitView => v !== undefined);
    return pageOf(views, nameKey, { first: first ?? null, after: after ?? null }, context.language);
  }

  @Mutation(() => CommandResultView)
  async createUnit(@Context() context: GatewayContext, @Args('input') input: CreateUnitInput): Promise<CommandResultView> {
    const unitId = input.unitId ?? freshIdOf(context);
    await this.requireWrite(context, [input.parentId ?? null], input.effectiveFrom);
    const payload = { unitId, parentId: input.parentId ?? null, effectiveFrom: input.effectiveFrom, ...profileOf(input) };
    return { id: unitId, ...(await this.registry.command('CreateUnit', payload, requireUser(context), context.language)) };
  }

  @Mutation(() => CommandResultView, {
    description:
      "Create a whole subtree of new units at once (onboarding): one command and one commit instead of one per unit. The id is the parent's (the first unit's when new provinces are imported).",
  })
  async importUnits(@Context() context: GatewayContext, @Args('input') input: ImportUnitsInput): Promise<CommandResultView> {
    await this.requireWrite(context, [input.parentId ?? null], input.effectiveFrom);
    const units = input.units.map((unit) => ({ unitId: unit.unitId, ...(unit.parentId ? { parentId: unit.parentId } : {}), ...profileOf(unit) }));
    const payload = { parentId: input.parentId ?? null, units, effectiveFrom: input.effectiveFrom };
    return { id: input.parentId ?? input.units[0]!.unitId, ...(await this.registry.command('ImportUnits', payload, requireUser(context), context.language)) };
  }

  @Mutation(() => CommandResultView)
  async renameUnit(@Context() context: GatewayContext, @Args('input') input: RenameUnitInput): Promise<CommandResultView> {
    await this.requireWrite(context, [input.unitId], input.effectiveFrom);
    return { id: input.unitId, ...(await this.registry.command('RenameUnit', { ...input }, requireUser(context), context.language)) };
  }

  @Mutation(() => CommandResultView)
  async moveUnit(@Context() context: GatewayContext, @Args('input') input: MoveUnitInput): Promise<CommandResultView> {
    await this.requireWrite(context, [input.unitId, input.newParentId], input.effectiveFrom);
    return { id: input.unitId, ...(await this.registry.command('MoveUnit', { ...input }, requireUser(context), context.language)) };
  }

  @Mutation(() => CommandResultView)
  async mergeUnits(@Context() context: GatewayContext, @Args('input') input: MergeUnitsInput): Promise<CommandResultView> {
    const fresh = input.intoNewUnit;
    if (!input.intoExistingUnitId === !fresh) throw apiError({ code: 'BAD_USER_INPUT', field: 'intoExistingUnitId' }, context.language);
    const successorId = input.intoExistingUnitId ?? fresh?.newUnitId ?? freshIdOf(context);
    await this.requireWrite(context, [...input.sourceUnitIds, input.intoExistingUnitId ?? fresh?.parentId ?? null], input.effectiveFrom);
    const successor = fresh ? { newUnitId: successorId, parentId: fresh.parentId ?? null, ...profileOf(fresh) } : { existingUnitId: successorId };
    const payload = { sourceUnitIds: input.sourceUnitIds, successor, effectiveFrom: input.effectiveFrom };
    return { id: successorId, ...(await this.registry.command('MergeUnits', payload, requireUser(context), context.language)) };
  }

  @Mutation(() => CommandResultView)
  async splitUnit(@Context() context: GatewayContext, @Args('input') input: SplitUnitInput): Promise<CommandResultView> {
    // The children a part takes over are the actor's to move too (the registry checks them again).
    await this.requireWrite(context, [input.unitId, ...input.into.flatMap((part) => part.takesChildren)], input.effectiveFrom);
    const childAssignments = Object.fromEntries(input.into.flatMap((part) => part.takesChildren.map((child) => [child, part.unitId])));
    const into = input.into.map((part) => ({ unitId: part.unitId, ...profileOf(part) }));
    const historyUnitId = input.historyUnitId ? { historyUnitId: input.historyUnitId } : {};
    const payload = { unitId: input.unitId, into, childAssignments, ...historyUnitId, effectiveFrom: input.effectiveFrom };
    return { id: input.unitId, ...(await this.registry.command('SplitUnit', payload, requireUser(context), context.language)) };
  }

  @Mutation(() => CommandResultView)
  async dissolveUnit(@Context() context: GatewayContext, @Args('input') input: DissolveUnitInput): Promise<CommandResultView> {
    await this.requireWrite(context, [input.unitId], input.effectiveFrom);
    return { id: input.unitId, ...(await this.registry.command('DissolveUnit', { ...input }, requireUser(context), context.language)) };
  }

  /**
   * The gateway's check (the registry checks again): write rights over every unit named, where
   * it sits today and where it will sit on the date the change takes effect.
   */
  private async requireWrite(context: GatewayContext, unitIds: (string | null)[], effectiveFrom: string): Promise<void> {
    const directory = directoryOf(context);
    for (const unitId of unitIds) {
      for (const date of new Set([today(), effectiveFrom])) {
        const lineage = unitId === null ? [] : await directory.lineage(unitId, date);
        requireAllowed(context, 'units:write', lineage.length > 0 || unitId === null ? lineage : [unitId]);
      }
    }
  }
}

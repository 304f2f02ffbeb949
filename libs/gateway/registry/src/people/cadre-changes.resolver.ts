import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CommandResultView, type GatewayContext, requireAllowed, requireUser } from '@tn/gateway-core';
import { directoryOf, peopleOf } from '../core/readers';
import { RegistryClient } from '../core/registry-client';
import { today } from '../units/unit.view';
import { EndCadreTermInput, TransferCadreInput } from './people-changes.inputs';

/** Changes to a cadre's positions: transfers and the end of a term. */
@Resolver()
export class CadreChangesResolver {
  constructor(private readonly registry: RegistryClient) {}

  /**
   * The gateway's check (the registry checks again): 'cadres:write' over the current unit of
   * each open position, as the registry does, plus the units the command names. A cadre the
   * read model does not know yet goes through, for the registry to answer.
   */
  private async requireCadreWrite(context: GatewayContext, cadreId: string, unitIds: string[] = []): Promise<void> {
    const units = directoryOf(context);
    const date = today();
    const doc = await peopleOf(context).cadre(cadreId);
    if (doc) {
      const current = doc.positions.filter((p) => !p.endedOn).flatMap((p) => p.units.slice(-1).map((u) => u.unitId));
      // No open position: only a system administrator, like the registry's own check.
      if (current.length === 0) requireAllowed(context, 'cadres:write', []);
      for (const unitId of new Set(current)) requireAllowed(context, 'cadres:write', await units.lineage(unitId, date));
    }
    for (const unitId of unitIds) requireAllowed(context, 'cadres:write', await units.lineage(unitId, date));
    requireUser(context);
  }

  @Mutation(() => CommandResultView, { description: "Move a cadre's open position to another unit from a date (the id is the position's)." })
  async transferCadre(@Context() context: GatewayContext, @Args('input') input: TransferCadreInput): Promise<CommandResultView> {
    await this.requireCadreWrite(context, input.cadreId, [input.toUnitId]);
    const outcome = await this.registry.command('TransferCadre', { ...input }, requireUser(context), context.language);
    return { id: input.positionId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: "End a cadre's term in a position (the id is the position's)." })
  async endCadreTerm(@Context() context: GatewayContext, @Args('input') input: EndCadreTermInput): Promise<CommandResultView> {
    await this.requireCadreWrite(context, input.cadreId);
    const outcome = await this.registry.command('EndCadreTerm', { ...input }, requireUser(context), context.language);
    return { id: input.positionId, ...outcome };
  }
}

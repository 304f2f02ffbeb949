import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CommandResultView, type GatewayContext, requireAllowed, requireUser } from '@tn/gateway-core';
import { directoryOf, peopleOf } from '../core/readers';
import { RegistryClient } from '../core/registry-client';
import { today } from '../units/unit.view';
import {
  ChangeVolunteerContactInput,
  ChangeVolunteerHomeUnitInput,
  GiveVolunteerConsentInput,
  UpdateVolunteerSkillsInput,
  WithdrawVolunteerConsentInput,
} from './people-changes.inputs';

/** Changes to a registered volunteer: consents, skills, contact details, home unit. */
@Resolver()
export class VolunteerChangesResolver {
  constructor(private readonly registry: RegistryClient) {}

  /**
   * The gateway's check (the registry checks again): 'volunteers:write' over the volunteer's
   * current home unit and over any unit the command names. A volunteer the read model does not
   * know yet goes through, for the registry to answer.
   */
  private async requireVolunteerWrite(context: GatewayContext, volunteerId: string, unitIds: string[] = []): Promise<void> {
    const units = directoryOf(context);
    const date = today();
    const doc = await peopleOf(context).volunteer(volunteerId);
    const homeUnitId = doc?.homeUnits.at(-1)?.unitId;
    for (const unitId of homeUnitId ? [homeUnitId, ...unitIds] : unitIds) requireAllowed(context, 'volunteers:write', await units.lineage(unitId, date));
    requireUser(context);
  }

  private async send(context: GatewayContext, type: string, input: { volunteerId: string }, unitIds: string[] = []): Promise<CommandResultView> {
    await this.requireVolunteerWrite(context, input.volunteerId, unitIds);
    const outcome = await this.registry.command(type, { ...input }, requireUser(context), context.language);
    return { id: input.volunteerId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: "Record a consent; a minor's needs a guardian. Giving a standing consent again changes nothing." })
  giveVolunteerConsent(@Context() context: GatewayContext, @Args('input') input: GiveVolunteerConsentInput): Promise<CommandResultView> {
    return this.send(context, 'GiveVolunteerConsent', input);
  }

  @Mutation(() => CommandResultView)
  withdrawVolunteerConsent(@Context() context: GatewayContext, @Args('input') input: WithdrawVolunteerConsentInput): Promise<CommandResultView> {
    return this.send(context, 'WithdrawVolunteerConsent', input);
  }

  @Mutation(() => CommandResultView, { description: 'Replace the skills and professions.' })
  updateVolunteerSkills(@Context() context: GatewayContext, @Args('input') input: UpdateVolunteerSkillsInput): Promise<CommandResultView> {
    return this.send(context, 'UpdateVolunteerSkills', input);
  }

  @Mutation(() => CommandResultView, { description: 'A new phone number, e-mail address, or both.' })
  changeVolunteerContact(@Context() context: GatewayContext, @Args('input') input: ChangeVolunteerContactInput): Promise<CommandResultView> {
    return this.send(context, 'ChangeVolunteerContact', input);
  }

  @Mutation(() => CommandResultView, { description: 'Move a volunteer to another home unit from a date (needs the permission in both units).' })
  changeVolunteerHomeUnit(@Context() context: GatewayContext, @Args('input') input: ChangeVolunteerHomeUnitInput): Promise<CommandResultView> {
    return this.send(context, 'ChangeVolunteerHomeUnit', input, [input.homeUnitId]);
  }
}

import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { apiError } from '@tn/gateway-graphql-kit';
import { CommandResultView, freshIdOf, type GatewayContext, requireMayLearnMissing } from '@tn/gateway-core';
import { qualificationKindCommandTypes, traineeCommandTypes } from '@tn/training-contracts';
import { TrainingClient } from '../core/training-client';
import { requireTrainingPermission, requireTrainingReader } from '../core/training-permissions';
import { requireKindWriter } from './qualification-access';
import { qualificationsOf } from './qualification-reads';
import {
  DefineQualificationKindInput,
  ExtendQualificationValidityInput,
  RecognisePriorQualificationInput,
  ReviseQualificationKindInput,
  RevokeQualificationInput,
} from './qualification.models';

/** The terms as the command states them (the input's class instance copied to the contract's shape). */
const termsOf = (input: DefineQualificationKindInput | ReviseQualificationKindInput) => ({
  name: input.name,
  ownerUnitId: input.ownerUnitId,
  validityYears: input.validityYears,
  renewalWindowMonths: input.renewalWindowMonths,
  grantingCurriculumIds: [...input.grantingCurriculumIds],
  renewingCurriculumIds: [...input.renewingCurriculumIds],
  prerequisiteKindIds: [...input.prerequisiteKindIds],
  isTrainerQualification: input.isTrainerQualification,
  leadingRenews: input.leadingRenews,
});

/** Qualification kinds and trainee records: the commands of the kind owner's managers. */
@Resolver()
export class QualificationChangesResolver {
  constructor(private readonly client: TrainingClient) {}

  @Mutation(() => CommandResultView, { description: 'Define a qualification kind (revision 1) owned by a unit.' })
  async defineQualificationKind(@Context() context: GatewayContext, @Args('input') input: DefineQualificationKindInput): Promise<CommandResultView> {
    const user = await requireTrainingPermission(context, 'training:write', input.ownerUnitId);
    const kindId = input.kindId ?? freshIdOf(context);
    const outcome = await this.client.send(qualificationKindCommandTypes, 'DefineQualificationKind', { kindId, ...termsOf(input) }, user, context.language);
    return { id: kindId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: "New terms for records granted from now on (the owner may change: both owners' managers)." })
  async reviseQualificationKind(@Context() context: GatewayContext, @Args('input') input: ReviseQualificationKindInput): Promise<CommandResultView> {
    const { kind, user } = await requireKindWriter(context, input.kindId);
    if (input.ownerUnitId !== kind.ownerUnitId) await requireTrainingPermission(context, 'training:write', input.ownerUnitId);
    const payload = { kindId: kind.kindId, ...termsOf(input) };
    const outcome = await this.client.send(qualificationKindCommandTypes, 'ReviseQualificationKind', payload, user, context.language);
    return { id: kind.kindId, ...outcome };
  }

  @Mutation(() => CommandResultView, {
    description:
      'A blanket extension (one policy event): records of the kind expiring in the window move by the months. See previewQualificationExtension first.',
  })
  async extendQualificationValidity(@Context() context: GatewayContext, @Args('input') input: ExtendQualificationValidityInput): Promise<CommandResultView> {
    const { kind, user } = await requireKindWriter(context, input.kindId);
    const extensionId = input.extensionId ?? freshIdOf(context);
    const { expiringFrom, expiringTo, extendByMonths, reason } = input;
    const payload = { kindId: kind.kindId, extensionId, expiringFrom, expiringTo, extendByMonths, reason };
    const outcome = await this.client.send(qualificationKindCommandTypes, 'ExtendQualificationValidity', payload, user, context.language);
    return { id: extensionId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Record a qualification held before the platform (the first trainers of a programme), on evidence.' })
  async recognisePriorQualification(@Context() context: GatewayContext, @Args('input') input: RecognisePriorQualificationInput): Promise<CommandResultView> {
    const { kind, user } = await requireKindWriter(context, input.kindId);
    const recordId = input.recordId ?? freshIdOf(context);
    const { personId, personKind, grantedOn, evidence } = input;
    const payload = { personId, kindId: kind.kindId, personKind, recordId, grantedOn, evidence };
    const outcome = await this.client.send(traineeCommandTypes, 'RecognisePriorQualification', payload, user, context.language);
    return { id: recordId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: "Revoke a person's qualification of a record's kind from a date (every record of the kind they hold)." })
  async revokeQualification(@Context() context: GatewayContext, @Args('input') input: RevokeQualificationInput): Promise<CommandResultView> {
    requireTrainingReader(context);
    const record = (await qualificationsOf(context).trainee(input.personId))?.records.find((each) => each.recordId === input.recordId);
    if (!record) {
      // Record ids can be guessed (kind:course): only a caller allowed everywhere learns that one is missing.
      requireMayLearnMissing(context, 'training:write');
      throw apiError({ code: 'QUALIFICATION.RECORD_NOT_FOUND', kind: 'not-found', field: 'recordId' }, context.language);
    }
    const { user } = await requireKindWriter(context, record.kindId);
    const payload = { personId: input.personId, kindId: record.kindId, recordId: record.recordId, revokedOn: input.revokedOn, reason: input.reason };
    const outcome = await this.client.send(traineeCommandTypes, 'RevokeQualification', payload, user, context.language);
    return { id: record.recordId, ...outcome };
  }
}

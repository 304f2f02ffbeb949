import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandResultView, freshIdOf, type GatewayContext, pageOf, type RequestUser } from '@tn/gateway-core';
import type { Language } from '@tn/gateway-graphql-kit';
import { AGREEMENT_STATUSES, agreementCommandTypes, COMMITMENT_KINDS, NETWORK_FIELDS } from '@tn/network-contracts';
import { dateOrToday, requireFilterValue, requireVocabularyValue } from '../core/inputs';
import { NetworkClient } from '../core/network-client';
import { networkForbidden, requireNetworkPermission, requireNetworkReader } from '../core/network-permissions';
import {
  type AgreementCommitmentInput,
  AgreementPage,
  AgreementView,
  AmendAgreementInput,
  SignAgreementInput,
  TerminateAgreementInput,
} from './agreement.models';
import type { AgreementDoc } from './agreement.read-model';
import { agreementShownTo, partnerCallerOf, requirePartnerAccount } from './partner-access';
import { partnersOf } from './partner-reads';
import { agreementView, agreementViewsOn } from './partner-views';

/**
 * An existing agreement a command acts on, and the caller's write permission over its lead unit.
 * An agreement the caller may not read, or an unknown id, answers FORBIDDEN as one it reads but
 * may not change does (no existence oracle; the service answers so too).
 */
async function requireWritableAgreement(context: GatewayContext, agreementId: string): Promise<{ agreement: AgreementDoc; user: RequestUser }> {
  requireNetworkReader(context);
  const agreement = await agreementShownTo(context, { kind: 'cadre' }, await partnersOf(context).agreement(agreementId));
  if (!agreement) throw networkForbidden(context, 'network:write');
  return { agreement, user: await requireNetworkPermission(context, 'network:write', agreement.leadUnitId) };
}

/** The commitments in the contract's shape, each kind one of the vocabulary's. */
const commitmentsOf = (inputs: readonly AgreementCommitmentInput[], language: Language) =>
  inputs.map(({ commitmentId, kind, description, quantity, measure }, index) => ({
    commitmentId,
    kind: requireVocabularyValue(kind, COMMITMENT_KINDS, `commitments.${index}.kind`, language, 'AGREEMENT.COMMITMENT_KIND_UNKNOWN'),
    description,
    quantity,
    measure,
  }));

const pageArgs = (first?: number, after?: string) => ({ first: first ?? null, after: after ?? null });
/** Newest validity first, then by id. */
const newestFirst = (view: AgreementView) => [-Number(view.validFrom.replaceAll('-', '')), view.id];

/**
 * Cooperation agreements. A cadre reads one with `network:read` over its lead unit or any party
 * unit; a partner's account reads the agreements naming its partner, and nothing else (any other
 * answers null, as an unknown id). Status is judged on `asOf` (today in Vietnam when absent).
 */
@Resolver(() => AgreementView)
export class AgreementsResolver {
  constructor(private readonly client: NetworkClient) {}

  @Query(() => AgreementView, { nullable: true, description: 'An agreement with its status on a date (null when unknown or not readable by the caller).' })
  async agreement(
    @Context() context: GatewayContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('asOf', { nullable: true, description: 'YYYY-MM-DD; today when absent.' }) asOf?: string,
  ): Promise<AgreementView | null> {
    const date = dateOrToday(asOf, 'asOf', context.language, 'AGREEMENT.DATE_INVALID');
    const caller = await partnerCallerOf(context);
    const doc = await agreementShownTo(context, caller, await partnersOf(context).agreement(id));
    return doc ? agreementView(doc, date) : null;
  }

  @Query(() => AgreementPage, {
    description: 'The agreements a unit leads or is party to (network:read over the unit), newest first, with their status on a date; one status when asked.',
  })
  async unitAgreements(
    @Context() context: GatewayContext,
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('asOf', { nullable: true, description: 'YYYY-MM-DD; today when absent.' }) asOf?: string,
    @Args('status', { nullable: true, description: 'not-yet-in-force, in-force, expired or terminated' }) status?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<AgreementPage> {
    await requireNetworkPermission(context, 'network:read', unitId);
    const { language } = context;
    const date = dateOrToday(asOf, 'asOf', language, 'AGREEMENT.DATE_INVALID');
    const wanted = requireFilterValue(status, AGREEMENT_STATUSES, 'status', language);
    const views = agreementViewsOn(await partnersOf(context).agreementsOfUnit(unitId), date, wanted);
    return pageOf(views, newestFirst, pageArgs(first, after), language);
  }

  @Query(() => AgreementPage, { description: "For a partner's account: the agreements naming its partner, newest first, with their status on a date." })
  async myAgreements(
    @Context() context: GatewayContext,
    @Args('asOf', { nullable: true, description: 'YYYY-MM-DD; today when absent.' }) asOf?: string,
    @Args('status', { nullable: true, description: 'not-yet-in-force, in-force, expired or terminated' }) status?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<AgreementPage> {
    const partnerId = await requirePartnerAccount(context);
    const { language } = context;
    const date = dateOrToday(asOf, 'asOf', language, 'AGREEMENT.DATE_INVALID');
    const wanted = requireFilterValue(status, AGREEMENT_STATUSES, 'status', language);
    const docs = partnerId ? await partnersOf(context).agreementsOfPartner(partnerId) : [];
    return pageOf(agreementViewsOn(docs, date, wanted), newestFirst, pageArgs(first, after), language);
  }

  @Mutation(() => CommandResultView, { description: 'Sign an agreement with a registered partner (network:write over the lead unit and every party unit).' })
  async signAgreement(@Context() context: GatewayContext, @Args('input') input: SignAgreementInput): Promise<CommandResultView> {
    const { language } = context;
    const user = await requireNetworkPermission(context, 'network:write', input.leadUnitId);
    for (const unitId of input.partyUnitIds) await requireNetworkPermission(context, 'network:write', unitId);
    const agreementId = input.agreementId ?? freshIdOf(context);
    const payload = {
      agreementId,
      partnerId: input.partnerId,
      title: input.title,
      scope: input.scope,
      fields: input.fields.map((field, index) => requireVocabularyValue(field, NETWORK_FIELDS, `fields.${index}`, language, 'AGREEMENT.FIELD_UNKNOWN')),
      leadUnitId: input.leadUnitId,
      partyUnitIds: [...input.partyUnitIds],
      signedOn: input.signedOn,
      validFrom: input.validFrom,
      validTo: input.validTo,
      commitments: commitmentsOf(input.commitments, language),
    };
    const outcome = await this.client.send(agreementCommandTypes, 'SignAgreement', payload, user, language);
    return { id: agreementId, ...outcome };
  }

  @Mutation(() => CommandResultView, {
    description: 'Amend an agreement not terminated: its end date, scope and commitments (network:write over its lead unit).',
  })
  async amendAgreement(@Context() context: GatewayContext, @Args('input') input: AmendAgreementInput): Promise<CommandResultView> {
    const { agreement, user } = await requireWritableAgreement(context, input.agreementId);
    const payload = {
      agreementId: agreement.agreementId,
      validTo: input.validTo,
      scope: input.scope,
      commitments: commitmentsOf(input.commitments, context.language),
    };
    const outcome = await this.client.send(agreementCommandTypes, 'AmendAgreement', payload, user, context.language);
    return { id: agreement.agreementId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Terminate an agreement from a day within its validity (network:write over its lead unit).' })
  async terminateAgreement(@Context() context: GatewayContext, @Args('input') input: TerminateAgreementInput): Promise<CommandResultView> {
    const { agreement, user } = await requireWritableAgreement(context, input.agreementId);
    const payload = { agreementId: agreement.agreementId, on: input.on, reason: input.reason };
    const outcome = await this.client.send(agreementCommandTypes, 'TerminateAgreement', payload, user, context.language);
    return { id: agreement.agreementId, ...outcome };
  }
}

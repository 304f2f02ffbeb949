import { Args, Context, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { apiError } from '@tn/gateway-graphql-kit';
import { type GatewayContext, pageOf, requireUser } from '@tn/gateway-core';
import { directoryOf, subtreeUnitIds, today } from '@tn/gateway-registry';
import { QUALIFICATION_STATUSES } from '@tn/training-contracts';
import { requireTrainingPermission, requireTrainingReader } from '../core/training-permissions';
import { requireFilterValue } from '../core/vocabulary';
import { requireKindWriter, requirePersonReader } from './qualification-access';
import { asOfDate, requireExtensionTerms } from './qualification-inputs';
import { qualificationsOf } from './qualification-reads';
import { extensionPreview, statusTotals, unitHoldersOn } from './qualification-standing';
import { ExtensionPreviewPage, PersonQualificationsView, QualificationKindView, UnitQualificationPage } from './qualification.models';
import { holderView, kindView, personQualificationsView, previewItemView } from './qualification-views';

/** Qualification kinds, a person's qualifications, a unit's view as of a date, and the preview of a blanket extension. */
@Resolver()
export class QualificationsResolver {
  @Query(() => QualificationKindView, { nullable: true, description: 'A qualification kind (readable by every holder of training:read).' })
  async qualificationKind(@Context() context: GatewayContext, @Args('id', { type: () => ID }) id: string): Promise<QualificationKindView | null> {
    requireTrainingReader(context);
    const doc = await qualificationsOf(context).kind(id);
    return doc ? kindView(doc) : null;
  }

  @Query(() => [QualificationKindView], { description: "Qualification kinds by name: a unit's, or every kind of the country." })
  async qualificationKinds(
    @Context() context: GatewayContext,
    @Args('ownerUnitId', { type: () => ID, nullable: true }) ownerUnitId?: string,
  ): Promise<QualificationKindView[]> {
    requireTrainingReader(context);
    const docs = await qualificationsOf(context).allKinds(ownerUnitId ?? undefined);
    return docs.map(kindView).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }

  @Query(() => PersonQualificationsView, { description: "The signed-in person's qualifications as of a date (today unless given)." })
  async myQualifications(
    @Context() context: GatewayContext,
    @Args('asOf', { nullable: true, description: 'YYYY-MM-DD; today (Vietnam) when absent.' }) asOf?: string,
  ): Promise<PersonQualificationsView> {
    const personId = requireUser(context).claims.personId ?? null;
    const date = asOfDate(asOf, today(), context.language);
    const reads = qualificationsOf(context);
    const doc = personId === null ? undefined : await reads.trainee(personId);
    return personQualificationsView(personId, doc, date, await reads.kindsById(doc?.kindIds ?? []));
  }

  @Query(() => PersonQualificationsView, { description: "A person's qualifications as of a date (today unless given), with every record's history." })
  async personQualifications(
    @Context() context: GatewayContext,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('asOf', { nullable: true, description: 'YYYY-MM-DD; today (Vietnam) when absent.' }) asOf?: string,
  ): Promise<PersonQualificationsView> {
    requireUser(context);
    const date = asOfDate(asOf, today(), context.language);
    const reads = qualificationsOf(context);
    const doc = await reads.trainee(personId);
    await requirePersonReader(context, personId, doc);
    return personQualificationsView(personId, doc, date, await reads.kindsById(doc?.kindIds ?? []));
  }

  @Query(() => UnitQualificationPage, {
    description:
      "A unit's view of a kind as of a date (today unless given): everyone trained in its subtree (units merged into it included) who holds a record of the kind, each by their best record, with totals per status.",
  })
  async unitQualifications(
    @Context() context: GatewayContext,
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('kindId', { type: () => ID }) kindId: string,
    @Args('asOf', { nullable: true, description: 'YYYY-MM-DD; today (Vietnam) when absent.' }) asOf?: string,
    @Args('status', { nullable: true, description: 'Only holders in this status (the totals still count every status).' }) status?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<UnitQualificationPage> {
    const date = asOfDate(asOf, today(), context.language);
    const wanted = requireFilterValue(status, QUALIFICATION_STATUSES, 'status', context.language);
    await requireTrainingPermission(context, 'training:read', unitId);
    const reads = qualificationsOf(context);
    const kind = await reads.kind(kindId);
    if (!kind) throw apiError({ code: 'QUALIFICATION.KIND_NOT_FOUND', kind: 'not-found', field: 'kindId' }, context.language);
    const units = await subtreeUnitIds(directoryOf(context), unitId, date);
    const holders = unitHoldersOn(await reads.holdersIn(units, kindId), units, kind, date);
    const shown = holders.filter((holder) => wanted === undefined || holder.standing.status === wanted).map(holderView);
    const page = pageOf(shown, (view) => [view.personId], { first: first ?? null, after: after ?? null }, context.language);
    return { ...page, unitId, kindId, asOf: date, totals: statusTotals(holders) };
  }

  @Query(() => ExtensionPreviewPage, {
    description:
      "The records a blanket extension would move if declared today, with their expiry before and after (the apply uses the same rule). For the managers of the kind's owner unit.",
  })
  async previewQualificationExtension(
    @Context() context: GatewayContext,
    @Args('kindId', { type: () => ID }) kindId: string,
    @Args('expiringFrom') expiringFrom: string,
    @Args('expiringTo') expiringTo: string,
    @Args('extendByMonths', { type: () => Int }) extendByMonths: number,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<ExtensionPreviewPage> {
    const terms = requireExtensionTerms({ expiringFrom, expiringTo, extendByMonths }, context.language);
    const { kind } = await requireKindWriter(context, kindId);
    const declaredOn = today();
    const items = extensionPreview(await qualificationsOf(context).holdersOf(kind.kindId), kind, terms, declaredOn);
    const views = items.map(previewItemView);
    const page = pageOf(views, (view) => [view.oldValidUntil, view.personId, view.recordId], { first: first ?? null, after: after ?? null }, context.language);
    return { ...page, kindId: kind.kindId, declaredOn, holderCount: new Set(items.map((item) => item.personId)).size };
  }
}

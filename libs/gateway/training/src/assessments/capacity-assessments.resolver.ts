import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { apiError, type Language } from '@tn/gateway-graphql-kit';
import { CommandResultView, type GatewayContext, pageOf, type RequestUser, requireMayLearnMissing, requireUser, scopeFor } from '@tn/gateway-core';
import { isEntityId } from '@tn/shared-event-contracts';
import {
  CAPACITY_SUBJECT_KINDS,
  capacityAssessmentCommandTypes,
  capacityAssessmentIdOf,
  type CapacitySubjectKind,
  isAssessmentPeriod,
} from '@tn/training-contracts';
import { TrainingClient } from '../core/training-client';
import { requireTrainingPermission } from '../core/training-permissions';
import { requireFilterValue, requireVocabularyValue } from '../core/vocabulary';
import { readableAssessments } from './assessment-access';
import { assessmentsOf } from './assessments-directory';
import {
  AmendCapacityAssessmentInput,
  CapacityAssessmentPage,
  CapacityAssessmentView,
  CapacityComparisonView,
  type CapacityScoreInput,
  type CapacitySubjectInput,
  FinaliseCapacityAssessmentInput,
  RecordCapacityAssessmentInput,
} from './capacity-assessment.models';
import type { CapacityAssessmentDoc } from './capacity-assessment.read-model';
import { byPeriod, comparisonOf, type PeriodScore, previousAssessmentOf } from './capacity-comparison';

export function capacityAssessmentView(doc: CapacityAssessmentDoc): CapacityAssessmentView {
  return {
    id: doc.assessmentId,
    subject: { kind: doc.subjectKind, id: doc.subjectId, unitId: doc.unitId },
    rubricId: doc.rubricId,
    rubricVersion: doc.rubricVersion,
    period: doc.period,
    periodStartsOn: doc.periodStartsOn,
    periodEndsOn: doc.periodEndsOn,
    scale: doc.scale,
    scores: doc.scores.map((row) => ({ ...row, evidence: row.evidence ?? null })),
    weightedScore: doc.weightedScore,
    followUpPlan: doc.followUpPlan,
    status: doc.status,
    assessedBy: doc.assessedBy,
    assessedOn: doc.assessedOn,
    amendments: doc.amendments.map((amendment) => ({ ...amendment, note: amendment.note ?? null })),
    amendmentCount: doc.amendmentCount,
    finalisedBy: doc.finalisedBy ?? null,
    finalisedOn: doc.finalisedOn ?? null,
  };
}

const periodScoreOfView = (view: CapacityAssessmentView): PeriodScore => ({ ...view, assessmentId: view.id, subjectId: view.subject.id });

/** The subject as the command states it: a unit assessed is its own unit; a cadre's unit must be given. */
export function subjectPartOf(input: CapacitySubjectInput, language: Language): { kind: CapacitySubjectKind; id: string; unitId: string } {
  const kind = requireVocabularyValue(input.kind, CAPACITY_SUBJECT_KINDS, 'subject.kind', language, 'CAPACITY_ASSESSMENT.SUBJECT_INVALID');
  const unitId = input.unitId ?? (kind === 'unit' ? input.id : undefined);
  if (!unitId) throw apiError({ code: 'CAPACITY_ASSESSMENT.FIELD_REQUIRED', kind: 'validation', field: 'subject.unitId' }, language);
  return { kind, id: input.id, unitId };
}

/** The deterministic id of a new assessment (one per rubric, subject and period), or why it cannot be one. */
export function assessmentIdOf(rubricId: string, subjectId: string, period: string, language: Language): string {
  if (!isAssessmentPeriod(period)) throw apiError({ code: 'CAPACITY_ASSESSMENT.PERIOD_INVALID', kind: 'validation', field: 'period' }, language);
  const assessmentId = capacityAssessmentIdOf(rubricId, subjectId, period);
  if (!isEntityId(assessmentId)) throw apiError({ code: 'INPUT.ID_INVALID', kind: 'validation', field: 'subject.id', details: { maxLength: 128 } }, language);
  return assessmentId;
}

const scorePartOf = ({ criterionId, score, evidence }: CapacityScoreInput) => ({ criterionId, score, ...(evidence ? { evidence } : {}) });

/** Capacity assessments: a unit's view by period, a subject's history compared across periods, and the commands. */
@Resolver(() => CapacityAssessmentView)
export class CapacityAssessmentsResolver {
  constructor(private readonly client: TrainingClient) {}

  @Query(() => CapacityAssessmentView, {
    nullable: true,
    description: "An assessment (training:read over its subject's unit; a cadre reads their own).",
  })
  async capacityAssessment(@Context() context: GatewayContext, @Args('id', { type: () => ID }) id: string): Promise<CapacityAssessmentView | null> {
    // Who asks comes first; a missing and a forbidden assessment answer alike (no existence oracle).
    requireUser(context);
    const doc = await assessmentsOf(context).assessment(id);
    if (!doc) {
      requireMayLearnMissing(context, 'training:read');
      return null;
    }
    const [readable] = await readableAssessments(context, [doc]);
    if (!readable) throw apiError({ code: 'FORBIDDEN', details: { permission: 'training:read' } }, context.language);
    return capacityAssessmentView(readable);
  }

  @Query(() => CapacityAssessmentPage, {
    description: "The assessments of a unit and of its cadres (subject's unit), of one period or of all, oldest period first.",
  })
  async capacityAssessments(
    @Context() context: GatewayContext,
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('period', { nullable: true, description: '2026, 2026-H1 or 2026-Q3' }) period?: string,
    @Args('rubricId', { type: () => ID, nullable: true }) rubricId?: string,
    @Args('subjectKind', { nullable: true, description: 'unit or cadre' }) subjectKind?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<CapacityAssessmentPage> {
    const { language } = context;
    await requireTrainingPermission(context, 'training:read', unitId);
    if (period && !isAssessmentPeriod(period)) throw apiError({ code: 'CAPACITY_ASSESSMENT.PERIOD_INVALID', kind: 'validation', field: 'period' }, language);
    const kind = requireFilterValue(subjectKind, CAPACITY_SUBJECT_KINDS, 'subjectKind', language, 'CAPACITY_ASSESSMENT.SUBJECT_INVALID');
    const filters = { ...(period ? { period } : {}), ...(rubricId ? { rubricId } : {}), ...(kind ? { subjectKind: kind } : {}) };
    const docs = (await assessmentsOf(context).assessmentsInUnit(unitId, filters)).sort(byPeriod);
    const views = docs.map(capacityAssessmentView);
    return pageOf(views, (view) => [view.periodStartsOn, view.periodEndsOn, view.id], { first: first ?? null, after: after ?? null }, language);
  }

  @Query(() => CapacityAssessmentPage, {
    description:
      "One subject's assessments (a unit, or a cadre) across periods, oldest first: each one's comparedWithPrevious gives the change from the period before. Only the ones the caller may read.",
  })
  async capacityAssessmentHistory(
    @Context() context: GatewayContext,
    @Args('subjectId', { type: () => ID, description: 'The unit or the cadre assessed.' }) subjectId: string,
    @Args('rubricId', { type: () => ID, nullable: true }) rubricId?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<CapacityAssessmentPage> {
    const user = requireUser(context);
    const scope = scopeFor(context, 'training:read');
    if (user.claims.personId !== subjectId && scope !== 'everywhere' && scope.length === 0) {
      throw apiError({ code: 'FORBIDDEN', details: { permission: 'training:read' } }, context.language);
    }
    const history = await readableAssessments(context, await assessmentsOf(context).assessmentsOfSubject(subjectId));
    const views = history.filter((doc) => !rubricId || doc.rubricId === rubricId).map(capacityAssessmentView);
    return pageOf(views, (view) => [view.periodStartsOn, view.periodEndsOn, view.id], { first: first ?? null, after: after ?? null }, context.language);
  }

  @ResolveField(() => CapacityComparisonView, {
    nullable: true,
    description: "Compared with the same subject's assessment on the same rubric for the period before (null when there is none the caller may read).",
  })
  async comparedWithPrevious(@Parent() view: CapacityAssessmentView, @Context() context: GatewayContext): Promise<CapacityComparisonView | null> {
    const history = await readableAssessments(context, await assessmentsOf(context).assessmentsOfSubject(view.subject.id));
    const current = periodScoreOfView(view);
    const previous = previousAssessmentOf(current, history);
    return previous ? comparisonOf(current, previous) : null;
  }

  @Mutation(() => CommandResultView, {
    description: 'Record an assessment (assessed by the signed-in account, today); its id is `<rubricId>:<subjectId>:<period>`, so a second one is refused.',
  })
  async recordCapacityAssessment(@Context() context: GatewayContext, @Args('input') input: RecordCapacityAssessmentInput): Promise<CommandResultView> {
    const { language } = context;
    const subject = subjectPartOf(input.subject, language);
    const user = await requireTrainingPermission(context, 'training:write', subject.unitId);
    const assessmentId = assessmentIdOf(input.rubricId, subject.id, input.period, language);
    const { rubricId, rubricVersion, period, followUpPlan } = input;
    const payload = { assessmentId, subject, rubricId, rubricVersion, period, scores: input.scores.map(scorePartOf), followUpPlan };
    const outcome = await this.client.send(capacityAssessmentCommandTypes, 'RecordCapacityAssessment', payload, user, language);
    return { id: assessmentId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Amend the scores or the follow-up plan of an assessment not yet finalised.' })
  async amendCapacityAssessment(@Context() context: GatewayContext, @Args('input') input: AmendCapacityAssessmentInput): Promise<CommandResultView> {
    const { assessment, user } = await this.writable(context, input.assessmentId);
    const payload = {
      assessmentId: assessment.assessmentId,
      ...(input.scores ? { scores: input.scores.map(scorePartOf) } : {}),
      ...(input.followUpPlan !== undefined && input.followUpPlan !== null ? { followUpPlan: input.followUpPlan } : {}),
      ...(input.note ? { note: input.note } : {}),
    };
    const outcome = await this.client.send(capacityAssessmentCommandTypes, 'AmendCapacityAssessment', payload, user, context.language);
    return { id: assessment.assessmentId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Finalise an assessment: it stands as it is, with no amendment afterwards.' })
  async finaliseCapacityAssessment(@Context() context: GatewayContext, @Args('input') input: FinaliseCapacityAssessmentInput): Promise<CommandResultView> {
    const { assessment, user } = await this.writable(context, input.assessmentId);
    const payload = { assessmentId: assessment.assessmentId };
    const outcome = await this.client.send(capacityAssessmentCommandTypes, 'FinaliseCapacityAssessment', payload, user, context.language);
    return { id: assessment.assessmentId, ...outcome };
  }

  /** An existing assessment and write rights over its subject's unit; unknown and not yours answer alike unless the caller writes everywhere. */
  private async writable(context: GatewayContext, assessmentId: string): Promise<{ assessment: CapacityAssessmentDoc; user: RequestUser }> {
    requireUser(context);
    const assessment = await assessmentsOf(context).assessment(assessmentId);
    if (!assessment) {
      requireMayLearnMissing(context, 'training:write');
      throw apiError({ code: 'CAPACITY_ASSESSMENT.NOT_FOUND', kind: 'not-found', field: 'assessmentId' }, context.language);
    }
    return { assessment, user: await requireTrainingPermission(context, 'training:write', assessment.unitId) };
  }
}

import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { IsEntityId } from '@tn/gateway-core';
import { Paginated } from '@tn/gateway-graphql-kit';
import { StatusCountView } from '../campaigns/campaign.models';

@ObjectType('AreaFlags')
export class AreaFlagsView {
  @Field() ethnicMinority!: boolean;
  @Field() mountainous!: boolean;
  @Field() border!: boolean;
  @Field() island!: boolean;
}

@ObjectType('ActivityLocation')
export class ActivityLocationView {
  @Field(() => ID) unitId!: string;
  @Field(() => String, { nullable: true }) areaCode!: string | null;
  @Field(() => String, { nullable: true }) site!: string | null;
  @Field(() => AreaFlagsView) flags!: AreaFlagsView;
}

@ObjectType('ActivityEvaluation', { description: 'Inspection and evaluation after completion.' })
export class ActivityEvaluationView {
  @Field() evaluatedOn!: string;
  @Field() summary!: string;
  @Field(() => Int, { nullable: true, description: '1 to 5, when given.' }) rating!: number | null;
}

@ObjectType('ActivityCancellation')
export class ActivityCancellationView {
  @Field({ description: 'How far the activity got before it was cancelled.' }) fromStatus!: string;
  @Field() reason!: string;
  @Field() cancelledOn!: string;
}

@ObjectType('ActivityFollowUp', { description: 'Maintaining the results after the activity (duy trì kết quả).' })
export class ActivityFollowUpView {
  @Field(() => ID) id!: string;
  @Field() recordedOn!: string;
  @Field() note!: string;
}

@ObjectType('FormationComposition', { description: 'The "three forces" of a formation, as head counts.' })
export class FormationCompositionView {
  @Field(() => Int) armedForcesYouth!: number;
  @Field(() => Int) localYouth!: number;
  @Field(() => Int) pupilsStudents!: number;
  @Field(() => Int) total!: number;
}

@ObjectType('ActivityFormation', { description: 'A volunteer formation (đội hình) working on the activity.' })
export class ActivityFormationView {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => FormationCompositionView) composition!: FormationCompositionView;
  @Field(() => String, {
    nullable: true,
    description: 'The profession of a specialised team: medical, legal, it, education, construction, agriculture or other.',
  })
  specialisation!: string | null;
  @Field() addedOn!: string;
}

@ObjectType('Activity')
export class ActivityView {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => ID, { nullable: true }) campaignId!: string | null;
  @Field(() => ID) organiserUnitId!: string;
  @Field(() => [String]) domains!: string[];
  @Field(() => ActivityLocationView) location!: ActivityLocationView;
  @Field(() => ID) responsibleCadreId!: string;
  @Field() initiator!: string;
  @Field(() => String, { nullable: true }) coordinationModelId!: string | null;
  @Field({ description: 'needs-survey, planned, prepared, in-progress, completed, evaluated or cancelled' }) status!: string;
  @Field() proposedOn!: string;
  @Field(() => String, { nullable: true }) startsOn!: string | null;
  @Field(() => String, { nullable: true }) endsOn!: string | null;
  @Field(() => String, { nullable: true }) startedAt!: string | null;
  @Field(() => String, { nullable: true }) completedAt!: string | null;
  @Field(() => ActivityEvaluationView, { nullable: true }) evaluation!: ActivityEvaluationView | null;
  @Field(() => ActivityCancellationView, { nullable: true }) cancellation!: ActivityCancellationView | null;
  @Field(() => [ActivityFollowUpView], { description: 'In the order recorded.' }) followUps!: ActivityFollowUpView[];
  @Field(() => [ActivityFormationView], { description: 'In the order added.' }) formations!: ActivityFormationView[];
  @Field(() => [ID], { description: "The network's groups (clubs, teams) that took part, as last recorded." }) participantGroupIds!: string[];
  @Field(() => [ID], { description: "The network's partner organisations that took part, as last recorded." }) participantPartnerIds!: string[];
}

@ObjectType('ActivityConnection')
export class ActivityPage extends Paginated(ActivityView) {
  @Field(() => [StatusCountView], { description: 'The activities matching the filters (all pages), counted by status.' }) totals!: StatusCountView[];
}

@InputType()
export class ActivityLocationInput {
  @Field(() => ID, { description: 'The unit where it takes place: the area code and flags come from the unit read model.' }) unitId!: string;
  @Field({ nullable: true }) site?: string;
}

@InputType()
export class ProposeActivityInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @IsEntityId() activityId?: string;
  @Field() name!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @IsEntityId() campaignId?: string;
  @Field(() => ID) @IsString() @IsEntityId() organiserUnitId!: string;
  @Field(() => [String]) domains!: string[];
  @Field(() => ActivityLocationInput) location!: ActivityLocationInput;
  @Field(() => ID) responsibleCadreId!: string;
  @Field() initiator!: string;
  @Field({ nullable: true }) coordinationModelId?: string;
  @Field() @IsString() proposedOn!: string;
}

@InputType()
export class PlanActivityInput {
  @Field(() => ID) @IsString() @IsEntityId() activityId!: string;
  @Field() startsOn!: string;
  @Field() endsOn!: string;
  @Field() plannedOn!: string;
}

@InputType()
export class PrepareActivityInput {
  @Field(() => ID) @IsString() @IsEntityId() activityId!: string;
  @Field() preparedOn!: string;
}

@InputType()
export class StartActivityInput {
  @Field(() => ID) @IsString() @IsEntityId() activityId!: string;
  @Field() startedAt!: string;
}

@InputType()
export class CompleteActivityInput {
  @Field(() => ID) @IsString() @IsEntityId() activityId!: string;
  @Field() completedAt!: string;
}

@InputType()
export class EvaluateActivityInput {
  @Field(() => ID) @IsString() @IsEntityId() activityId!: string;
  @Field() evaluatedOn!: string;
  @Field() summary!: string;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { context: { code: 'ACTIVITY.RATING_INVALID' } })
  @Max(5, { context: { code: 'ACTIVITY.RATING_INVALID' } })
  rating?: number;
}

@InputType()
export class CancelActivityInput {
  @Field(() => ID) @IsString() @IsEntityId() activityId!: string;
  @Field() reason!: string;
  @Field() cancelledOn!: string;
}

@InputType()
export class RecordActivityFollowUpInput {
  @Field(() => ID) @IsString() @IsEntityId() activityId!: string;
  @Field(() => ID, { nullable: true, description: 'Name it to make a retry safe: a follow-up is recorded once per id.' })
  @IsOptional()
  @IsString()
  @IsEntityId()
  followUpId?: string;
  @Field() recordedOn!: string;
  @Field() note!: string;
}

@InputType()
export class FormationCompositionInput {
  @Field(() => Int, { defaultValue: 0 }) armedForcesYouth!: number;
  @Field(() => Int, { defaultValue: 0 }) localYouth!: number;
  @Field(() => Int, { defaultValue: 0 }) pupilsStudents!: number;
}

@InputType()
export class AddActivityFormationInput {
  @Field(() => ID) @IsString() @IsEntityId() activityId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @IsEntityId() formationId?: string;
  @Field() name!: string;
  @Field(() => FormationCompositionInput) composition!: FormationCompositionInput;
  @Field({ nullable: true, description: 'For a specialised team: medical, legal, it, education, construction, agriculture or other.' })
  @IsOptional()
  @IsString()
  specialisation?: string;
  @Field() addedOn!: string;
}

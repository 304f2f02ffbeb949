import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString } from 'class-validator';
import { Paginated } from '@tn/gateway-graphql-kit';

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
  @Field(() => Int) formations!: number;
  @Field(() => Int) followUps!: number;
}

@ObjectType('ActivityConnection')
export class ActivityPage extends Paginated(ActivityView) {}

@InputType()
export class ActivityLocationInput {
  @Field(() => ID, { description: 'The unit where it takes place: the area code and flags come from the unit read model.' }) unitId!: string;
  @Field({ nullable: true }) site?: string;
}

@InputType()
export class ProposeActivityInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() activityId?: string;
  @Field() name!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() campaignId?: string;
  @Field(() => ID) @IsString() organiserUnitId!: string;
  @Field(() => [String]) domains!: string[];
  @Field(() => ActivityLocationInput) location!: ActivityLocationInput;
  @Field(() => ID) responsibleCadreId!: string;
  @Field() initiator!: string;
  @Field({ nullable: true }) coordinationModelId?: string;
  @Field() @IsString() proposedOn!: string;
}

@InputType()
export class PlanActivityInput {
  @Field(() => ID) @IsString() activityId!: string;
  @Field() startsOn!: string;
  @Field() endsOn!: string;
  @Field() plannedOn!: string;
}

@InputType()
export class PrepareActivityInput {
  @Field(() => ID) @IsString() activityId!: string;
  @Field() preparedOn!: string;
}

@InputType()
export class StartActivityInput {
  @Field(() => ID) @IsString() activityId!: string;
  @Field() startedAt!: string;
}

@InputType()
export class CompleteActivityInput {
  @Field(() => ID) @IsString() activityId!: string;
  @Field() completedAt!: string;
}

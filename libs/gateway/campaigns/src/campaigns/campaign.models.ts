import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString } from 'class-validator';
import { IsEntityId } from '@tn/gateway-core';
import { Paginated } from '@tn/gateway-graphql-kit';

@ObjectType('CampaignGoal')
export class CampaignGoalView {
  @Field() measure!: string;
  @Field(() => Float) target!: number;
}

@ObjectType('CertificateCriteria', {
  description: "When a volunteer earns the campaign's Youth Volunteer Certificate (or Badge): every threshold given must be met.",
})
export class CertificateCriteriaView {
  @Field(() => Float, { nullable: true, description: "Hours of attendance in the campaign's activities, at least." }) minimumHours!: number | null;
  @Field(() => Int, { nullable: true, description: 'Activities of the campaign with hours, at least.' }) minimumActivities!: number | null;
}

@InputType()
export class CertificateCriteriaInput {
  @Field(() => Int, { nullable: true, description: 'Whole hours, 1 to 1000.' }) minimumHours?: number;
  @Field(() => Int, { nullable: true, description: '1 to 100.' }) minimumActivities?: number;
}

@ObjectType('CampaignAdoption', { description: 'A unit that adopted a template, and its local instance.' })
export class CampaignAdoptionView {
  @Field(() => ID) unitId!: string;
  @Field(() => ID) localCampaignId!: string;
  @Field() adoptedOn!: string;
}

@ObjectType('StatusCount')
export class StatusCountView {
  @Field() status!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('Campaign')
export class CampaignView {
  @Field(() => ID) id!: string;
  @Field({ description: "campaign (a unit's own), template (published for lower units) or local (a template's local instance)." }) role!: string;
  @Field(() => ID, { description: 'The organiser (a template: its publisher).' }) organiserUnitId!: string;
  @Field() name!: string;
  @Field() kind!: string;
  @Field(() => String, { nullable: true }) peakTemplate!: string | null;
  @Field(() => [String]) domains!: string[];
  @Field() startsOn!: string;
  @Field() endsOn!: string;
  @Field(() => [CampaignGoalView]) goals!: CampaignGoalView[];
  @Field() initiator!: string;
  @Field(() => String, { nullable: true }) coordinationModelId!: string | null;
  @Field(() => CertificateCriteriaView, {
    description: 'The criteria of its certificate (the platform default, 40 hours in 2 activities, unless the campaign sets its own).',
  })
  certificateCriteria!: CertificateCriteriaView;
  @Field() status!: string;
  @Field(() => ID, { nullable: true }) templateCampaignId!: string | null;
  @Field(() => [CampaignAdoptionView]) adoptions!: CampaignAdoptionView[];
  @Field(() => Int) activityCount!: number;
  @Field(() => [StatusCountView], { description: 'Its activities counted by status.' }) activityTotals!: StatusCountView[];
  /** Its activities, for the totals of what they produced and mobilised (not a GraphQL field). */
  activityRefs!: ActivityRef[];
}

/** An activity as the result totals need it. */
export interface ActivityRef {
  activityId: string;
  domains: string[];
}

@ObjectType('CampaignConnection')
export class CampaignPage extends Paginated(CampaignView) {
  /** The activities of every campaign matched (every page), for the totals (not a GraphQL field). */
  activityRefs!: ActivityRef[];
}

@InputType()
export class CampaignGoalInput {
  @Field() measure!: string;
  @Field(() => Float) target!: number;
}

@InputType()
export class CampaignDefinitionInput {
  @Field() name!: string;
  @Field({ description: 'regular, periodic or peak' }) kind!: string;
  @Field({ nullable: true }) peakTemplate?: string;
  @Field(() => [String]) domains!: string[];
  @Field() startsOn!: string;
  @Field() endsOn!: string;
  @Field(() => [CampaignGoalInput], { defaultValue: [] }) goals!: CampaignGoalInput[];
  @Field({ nullable: true }) coordinationModelId?: string;
  @Field({ description: 'union, youth-federation or other-organisation' }) initiator!: string;
  @Field(() => CertificateCriteriaInput, {
    nullable: true,
    description: 'Its certificate criteria; the platform default (40 hours in 2 activities) when absent.',
  })
  certificateCriteria?: CertificateCriteriaInput;
}

@InputType()
export class LaunchCampaignInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @IsEntityId() campaignId?: string;
  @Field(() => ID) @IsString() @IsEntityId() organiserUnitId!: string;
  @Field(() => CampaignDefinitionInput) definition!: CampaignDefinitionInput;
  @Field() @IsString() launchedOn!: string;
}

@InputType()
export class PublishCampaignTemplateInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @IsEntityId() campaignId?: string;
  @Field(() => ID) @IsString() @IsEntityId() publisherUnitId!: string;
  @Field(() => CampaignDefinitionInput) definition!: CampaignDefinitionInput;
  @Field() @IsString() publishedOn!: string;
}

@InputType()
export class AdoptCampaignTemplateInput {
  @Field(() => ID) @IsString() @IsEntityId() templateCampaignId!: string;
  @Field(() => ID) @IsString() @IsEntityId() adoptingUnitId!: string;
  @Field(() => ID, { nullable: true, description: 'The local instance to open (generated when absent).' })
  @IsOptional()
  @IsString()
  @IsEntityId()
  localCampaignId?: string;
  @Field() @IsString() adoptedOn!: string;
}

@InputType()
export class OpenLocalCampaignInput {
  @Field(() => ID, { description: 'The local campaign id the adoption recorded.' }) @IsString() @IsEntityId() campaignId!: string;
  @Field(() => ID) @IsString() @IsEntityId() templateCampaignId!: string;
  @Field(() => ID) @IsString() @IsEntityId() organiserUnitId!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @IsEntityId() coordinationModelId?: string;
  @Field() @IsString() openedOn!: string;
}

import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ReviewTrendPoint')
export class ReviewTrendPointView {
  @Field(() => Int) year!: number;
  @Field(() => Float, { nullable: true }) value!: number | null;
}

@ObjectType('ReviewUnitValue', { description: "A unit below's value in the review's year, against its target." })
export class ReviewUnitValueView {
  @Field(() => ID) unitId!: string;
  @Field() name!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => Float, { nullable: true }) target!: number | null;
  @Field(() => Boolean, { nullable: true, description: 'false: behind its target; null without a value or a target.' }) reached!: boolean | null;
}

@ObjectType('ProgrammeReviewIndicator')
export class ProgrammeReviewIndicatorView {
  @Field(() => ID) indicatorId!: string;
  @Field(() => Int) version!: number;
  @Field() code!: string;
  @Field() name!: string;
  @Field() unit!: string;
  @Field(() => [ReviewTrendPointView], { description: "The unit's value each year from the programme's start (2023) to the review's year." })
  trend!: ReviewTrendPointView[];
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => Float, { nullable: true, description: "The target for the review's year (else the next milestone's)." }) target!: number | null;
  @Field(() => String, { nullable: true }) direction!: string | null;
  @Field(() => Float, { nullable: true, description: 'value / target (1 = reached).' }) progress!: number | null;
  @Field(() => Boolean, { nullable: true }) reached!: boolean | null;
  @Field(() => [ReviewUnitValueView]) units!: ReviewUnitValueView[];
  @Field(() => [ID], { description: 'The units below that missed their target.' }) behindTarget!: string[];
}

@ObjectType('ProgrammeReview', { description: 'A mid-term (2025) or final (2030) review of the programme for a unit: trends, targets, and the units below.' })
export class ProgrammeReviewView {
  @Field(() => ID) unitId!: string;
  @Field() unitName!: string;
  @Field(() => Int) year!: number;
  @Field(() => Int) fromYear!: number;
  @Field() title!: string;
  @Field({ description: 'The hierarchy every year is restated to (today).' }) structureDate!: string;
  @Field(() => [ProgrammeReviewIndicatorView]) indicators!: ProgrammeReviewIndicatorView[];
}

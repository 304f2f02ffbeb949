import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString } from 'class-validator';
import { IsEntityId, IsLineText } from '@tn/gateway-core';

@InputType({
  description:
    "Publish a unit's indicator values for a period (ended or under way): the gateway computes K1–K5 and the plan indicators of the unit's lineage, the reporting service records them as the next revision.",
})
export class PublishIndicatorValuesInput {
  @Field(() => ID) @IsString() @IsEntityId() unitId!: string;
  @Field({ description: 'Period key: Y2025, H2025-1, Q2025-3 or M2025-07.' }) @IsLineText() period!: string;
  @Field({ nullable: true, description: 'The hierarchy the values are attributed by (YYYY-MM-DD); today (Vietnam) when absent.' })
  @IsOptional()
  @IsLineText()
  structureDate?: string;
}

@ObjectType('PublishedIndicatorValue', { description: "One indicator's published value, naming the definition version it came from." })
export class PublishedIndicatorValueView {
  @Field(() => ID) indicatorId!: string;
  @Field(() => Int) version!: number;
  @Field(() => Float, { nullable: true, description: 'Null when it could not be computed (a ratio over nothing).' }) value!: number | null;
  @Field(() => Float, { nullable: true }) numerator!: number | null;
  @Field(() => Float, { nullable: true }) denominator!: number | null;
  @Field(() => Float, { nullable: true, description: "The target for the period's year, else the next milestone's." }) target!: number | null;
}

@ObjectType('PublishedIndicatorValues', {
  description: "A unit's published values for a period: the latest revision (each publication supersedes the last), who published it and when.",
})
export class PublishedIndicatorValuesView {
  @Field(() => ID) unitId!: string;
  @Field() period!: string;
  @Field({ description: 'The hierarchy the values were attributed by (YYYY-MM-DD).' }) structureDate!: string;
  @Field(() => String, {
    nullable: true,
    description:
      "The day stocks (cadres, groups, partners, units) were counted (YYYY-MM-DD): the period's last day, or the day of publication for a period under way. Null for a revision published before it was recorded.",
  })
  stocksOn!: string | null;
  @Field(() => Int, { description: '1 for the first publication, one more for each that superseded it.' }) revision!: number;
  @Field(() => ID, { description: 'The account that published it.' }) publishedBy!: string;
  @Field({ description: "The server's time of the publication." }) publishedAt!: string;
  @Field(() => [PublishedIndicatorValueView]) values!: PublishedIndicatorValueView[];
}

import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('IndicatorValue', {
  description:
    "An indicator's value for a unit with its subtree, a period and a structure date: facts count for the unit that carries their recording unit on that date (a merged unit's history for its successor).",
})
export class IndicatorValueView {
  @Field(() => ID) indicatorId!: string;
  @Field(() => Int, { description: 'The definition version the value came from.' }) version!: number;
  @Field() code!: string;
  @Field(() => ID) unitId!: string;
  @Field({ description: 'Period key: Y2025, H2025-1, Q2025-3 or M2025-07.' }) period!: string;
  @Field({ description: 'The hierarchy the value is attributed by (YYYY-MM-DD).' }) structureDate!: string;
  @Field({
    description:
      "The day stocks (cadres, groups, partners, units) were counted (YYYY-MM-DD): the period's last day, or today (Vietnam) for a period under way.",
  })
  stocksOn!: string;
  @Field(() => Float, { nullable: true, description: 'Null when a ratio has nothing to divide by (its denominator is 0).' }) value!: number | null;
  @Field(() => Float, { nullable: true }) numerator!: number | null;
  @Field(() => Float, { nullable: true }) denominator!: number | null;
  @Field(() => Float, { nullable: true, description: "The target for the period's year, else the next milestone's." }) target!: number | null;
  @Field(() => Int, { nullable: true }) targetYear!: number | null;
  @Field(() => Float, { nullable: true, description: 'value / target (1 = reached).' }) progress!: number | null;
}

@ObjectType('SubtreeResultTotal', { description: 'One measure summed over a unit with its subtree and a period.' })
export class SubtreeResultTotalView {
  @Field({ description: 'output or resource.' }) kind!: string;
  @Field({ description: "An output's measure id, or a resource's money-vnd / in-kind-vnd (its value in VND)." }) measure!: string;
  @Field(() => Float) quantity!: number;
  @Field(() => Int, { description: 'How many results made it up.' }) count!: number;
}

@ObjectType('SubtreeResultTotals', {
  description:
    "Outputs and resources of a unit's subtree for a period: its own activities', its lower units', and (by the structure date) those of units merged into them.",
})
export class SubtreeResultTotalsView {
  @Field(() => ID) unitId!: string;
  @Field() period!: string;
  @Field() structureDate!: string;
  @Field(() => [SubtreeResultTotalView]) totals!: SubtreeResultTotalView[];
}

import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@tn/gateway-graphql-kit';

@ObjectType({ description: 'Areas needing special attention: flags on units, never on people.' })
export class AreaFlagsView {
  @Field() ethnicMinority!: boolean;
  @Field() mountainous!: boolean;
  @Field() border!: boolean;
  @Field() island!: boolean;
}

@ObjectType('UnitVersion', { description: 'How a unit was from a date until its next version.' })
export class UnitVersionView {
  @Field({ description: 'ISO date this version took effect.' }) from!: string;
  @Field() nameVi!: string;
  @Field(() => String, { nullable: true }) nameEn!: string | null;
  @Field() organisation!: string;
  @Field() levelLabel!: string;
  @Field(() => String, { nullable: true }) areaCode!: string | null;
  @Field(() => AreaFlagsView) flags!: AreaFlagsView;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field({ description: 'active, dissolved, merged or split.' }) status!: string;
  @Field(() => [ID]) successorIds!: string[];
}

@ObjectType('Predecessor', { description: 'A unit merged or split into this one, and from when.' })
export class PredecessorView {
  @Field(() => ID) unitId!: string;
  @Field() from!: string;
}

@ObjectType('Unit', { description: 'An organisation unit as of a date (the asOf of the query, today by default).' })
export class UnitView extends UnitVersionView {
  @Field(() => ID) id!: string;
  @Field({ description: 'The date this view of the unit describes.' }) asOf!: string;
  @Field(() => [UnitVersionView], { description: 'Every version, oldest first.' }) history!: UnitVersionView[];
  @Field(() => [PredecessorView]) predecessors!: PredecessorView[];
}

@ObjectType('UnitConnection')
export class UnitPage extends Paginated(UnitView) {}

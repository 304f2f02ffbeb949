import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@tn/gateway-graphql-kit';

@ObjectType('LineageLink', { description: 'A trainer who trained the person, in a completed course they passed.' })
export class LineageLinkView {
  @Field(() => ID) trainerId!: string;
  @Field(() => ID) courseId!: string;
  @Field() completedOn!: string;
}

@ObjectType('LineageNode')
export class LineageNodeView {
  @Field(() => ID) personId!: string;
  @Field(() => Int, { description: 'Steps from where the lineage starts (1: trained by it directly, or its direct trainer upwards).' }) depth!: number;
  @Field(() => [LineageLinkView], { description: 'Who trained this person.' }) trainedBy!: LineageLinkView[];
  @Field(() => Int, { description: 'Completed courses this person led as a trainer.' }) coursesLed!: number;
  @Field(() => ID, { nullable: true, description: 'Downstream: the trainer one level up this person is listed under (the first by id, if several).' })
  listedUnderId!: string | null;
}

@ObjectType('LineageDepthCount')
export class LineageDepthCountView {
  @Field(() => Int) depth!: number;
  @Field(() => Int) count!: number;
}

@ObjectType('TrainerLineage', { description: 'Who trained a person, and who trained those, up to the first trainers of the programme.' })
export class TrainerLineageView {
  @Field(() => ID) personId!: string;
  @Field(() => [LineageNodeView], { description: 'The person at depth 0, then every trainer up the chain, nearest first.' }) nodes!: LineageNodeView[];
}

@ObjectType('TrainedDownstreamConnection', { description: 'Everyone trained downstream of a trainer, by depth (each person once, at the shortest depth).' })
export class TrainedDownstreamPage extends Paginated(LineageNodeView) {
  @Field(() => ID) trainerId!: string;
  @Field(() => [LineageDepthCountView], {
    nullable: true,
    description:
      'People at each depth over every page, with totalCount: given when the page read the whole tree anyway (a small tree, or the last page), null otherwise.',
  })
  depths!: LineageDepthCountView[] | null;
}

@ObjectType('CourseFlag', {
  description: "A trainer of the course taught it after a trainer qualification of theirs was revoked, holding no other valid one over the course's dates.",
})
export class CourseFlagView {
  @Field(() => ID) trainerId!: string;
  @Field(() => ID) kindId!: string;
  @Field(() => ID) recordId!: string;
  @Field() revokedOn!: string;
}

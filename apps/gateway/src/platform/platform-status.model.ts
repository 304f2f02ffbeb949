import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('StuckPartition', { description: 'A Kafka partition a projector keeps failing on: the read models it feeds do not move.' })
export class StuckPartitionModel {
  @Field({ description: 'The projector (its consumer group), e.g. "gateway-registry".' })
  projector!: string;

  @Field()
  topic!: string;

  @Field(() => Int)
  partition!: number;

  @Field({ description: 'The first offset not yet projected.' })
  offset!: string;

  @Field(() => Int, { description: 'Failed attempts in a row at that offset.' })
  attempts!: number;

  @Field({ description: 'When the first of those attempts failed (ISO time).' })
  since!: string;
}

@ObjectType({ description: 'Whether one backing server (Kafka, MongoDB) or part of the gateway (a projector) answered the last probe.' })
export class DependencyStatusModel {
  @Field({ description: '"kafka", "mongodb", or a part such as "projector:gateway-registry".' })
  name!: string;

  @Field()
  up!: boolean;

  @Field(() => Int, { description: 'How long the probe took, in milliseconds.' })
  latencyMs!: number;

  @Field(() => [StuckPartitionModel], { description: "A projector's partitions that do not move (empty otherwise)." })
  stuckPartitions!: StuckPartitionModel[];
}

@ObjectType('PlatformStatus', { description: "The gateway's own readiness and its backing servers." })
export class PlatformStatusModel {
  @Field()
  service!: string;

  @Field()
  ready!: boolean;

  @Field({ description: '"up"; "degraded" when only projector partitions are stuck (some read models stop moving, the gateway stays ready); "down".' })
  status!: string;

  @Field(() => [StuckPartitionModel], { description: 'Every stuck projector partition (empty unless status is "degraded" or worse).' })
  stuckPartitions!: StuckPartitionModel[];

  @Field(() => [DependencyStatusModel])
  dependencies!: DependencyStatusModel[];
}

import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Whether one backing server (Kafka, MongoDB) answered the last probe.' })
export class DependencyStatusModel {
  @Field({ description: '"kafka" or "mongodb".' })
  name!: string;

  @Field()
  up!: boolean;

  @Field(() => Int, { description: 'How long the probe took, in milliseconds.' })
  latencyMs!: number;
}

@ObjectType('PlatformStatus', { description: "The gateway's own readiness and its backing servers." })
export class PlatformStatusModel {
  @Field()
  service!: string;

  @Field()
  ready!: boolean;

  @Field(() => [DependencyStatusModel])
  dependencies!: DependencyStatusModel[];
}

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

@ObjectType({
  description: 'Whether one backing server (Kafka, MongoDB), part of the gateway (a projector, a command client) or a backend service answered the last probe.',
})
export class DependencyStatusModel {
  @Field({
    description:
      '"kafka", "mongodb", or a part such as "projector:gateway-registry", "registry-commands" (the reply consumer) or "service:registry" (its command path).',
  })
  name!: string;

  @Field()
  up!: boolean;

  @Field(() => Int, { description: 'How long the probe took, in milliseconds.' })
  latencyMs!: number;

  @Field(() => [StuckPartitionModel], { description: "A projector's partitions that do not move (empty otherwise)." })
  stuckPartitions!: StuckPartitionModel[];

  @Field(() => Boolean, {
    nullable: true,
    description:
      'For a projector or a reply consumer: whether it is in its Kafka consumer group now (out of it, its read models or replies do not move). System administrators only (null otherwise).',
  })
  groupMember?: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'For a projector: events on its topics not yet projected, at the last measurement. System administrators only (null otherwise).',
  })
  lag?: number;
}

@ObjectType('BackendService', { description: 'A service the gateway sends commands to, as seen through its command path (pinged every few seconds).' })
export class BackendServiceModel {
  @Field({ description: 'e.g. "registry", "campaigns".' })
  name!: string;

  @Field({ description: "The gateway's consumer of the service's replies is connected." })
  connected!: boolean;

  @Field({ description: 'The last ping through the command topic was answered in time: commands can get through.' })
  reachable!: boolean;

  @Field({ description: 'The service\'s own readiness as it answered the ping ("up", "degraded", "down"), or "unknown".' })
  health!: string;

  @Field(() => Int, { nullable: true, description: 'Round trip of the last answered ping, in milliseconds.' })
  roundTripMs?: number;

  @Field({ nullable: true, description: 'When the last ping ended (ISO time).' })
  checkedAt?: string;

  @Field({ nullable: true, description: 'When a ping was last answered (ISO time).' })
  lastReplyAt?: string;

  @Field(() => Int, { description: 'Load shedding: how many commands may wait on the service at once now (adapts to its latency).' })
  commandLimit!: number;

  @Field(() => Int, { description: 'Commands waiting for their reply now.' })
  commandsInFlight!: number;

  @Field(() => Int, { description: 'Commands waiting for a free slot now.' })
  commandsQueued!: number;

  @Field(() => Int, { description: 'Commands refused as GATEWAY.BUSY since the gateway started.' })
  commandsShed!: number;

  @Field(() => Int, { description: 'Smoothed time the service took to answer recent commands, in milliseconds.' })
  commandLatencyMs!: number;
}

@ObjectType('PlatformStatus', { description: "The gateway's own readiness and its backing servers." })
export class PlatformStatusModel {
  @Field()
  service!: string;

  @Field()
  ready!: boolean;

  @Field({
    description:
      '"up"; "degraded" when the gateway still serves but something behind it is wrong: a projector partition stuck or a projector out of its group (some read models stop moving), or a backend service unreachable (its commands fail); "down".',
  })
  status!: string;

  @Field(() => [StuckPartitionModel], { description: 'Every stuck projector partition (empty unless status is "degraded" or worse).' })
  stuckPartitions!: StuckPartitionModel[];

  @Field(() => [DependencyStatusModel])
  dependencies!: DependencyStatusModel[];

  @Field(() => [BackendServiceModel], {
    description:
      'Every service the gateway sends commands to, whether its command path answers, and its load. For system administrators (signed in); empty for anyone else.',
  })
  services!: BackendServiceModel[];
}

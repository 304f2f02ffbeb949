import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('CommandResult', { description: 'A decided command: what changed, and a token to read your own write.' })
export class CommandResultView {
  @Field(() => ID, { nullable: true, description: 'The id of what was created or changed.' }) id!: string | null;
  @Field() streamId!: string;
  @Field(() => Int) version!: number;
  @Field({ description: 'Send it back in the `tn-consistency-token` header: the query then waits until it can see this write.' })
  consistencyToken!: string;
}

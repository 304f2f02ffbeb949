import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@tn/gateway-graphql-kit';

@ObjectType('VolunteerGroupAffiliation', { description: 'A unit that hosted the group, from a date to a date (both included; open while it hosts it).' })
export class GroupAffiliationView {
  @Field(() => ID) unitId!: string;
  @Field() from!: string;
  @Field(() => String, { nullable: true }) to!: string | null;
  @Field({ description: 'registered, verified, moved or unit-merged' }) reason!: string;
}

@ObjectType('VolunteerGroupDeclaration', { description: 'What its host declared of the group: active, dormant or dissolved (final).' })
export class GroupDeclarationView {
  @Field() status!: string;
  @Field() reason!: string;
  @Field(() => ID) declaredBy!: string;
  @Field() declaredOn!: string;
}

@ObjectType('VolunteerGroup', {
  description: 'A club, team or group (câu lạc bộ, đội, nhóm) hosted by a unit; its leaders are people of the registry, by id only.',
})
export class GroupView {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'club, team or group' }) kind!: string;
  @Field({ description: 'union-founded, self-formed or school' }) origin!: string;
  @Field(() => [String], { description: 'Its fields of work.' }) fields!: string[];
  @Field(() => [ID], { description: 'The units whose territory it serves.' }) areaUnitIds!: string[];
  @Field(() => Int, { description: 'Members.' }) size!: number;
  @Field(() => String, { nullable: true }) foundedOn!: string | null;
  @Field(() => [ID]) leaderPersonIds!: string[];
  @Field({ description: "unit (registered by its host's manager) or self (by one of its leaders)" }) channel!: string;
  @Field(() => ID) registeredBy!: string;
  @Field() registeredOn!: string;
  @Field(() => ID, { description: 'The host proposed at registration.' }) proposedHostUnitId!: string;
  @Field({ description: 'The date `status` and `hostUnitId` are as of.' }) asOf!: string;
  @Field({ description: 'As of `asOf`: pending-verification, declined, active, dormant (no sign of life for 12 months, or declared so) or dissolved.' })
  status!: string;
  @Field(() => ID, { nullable: true, description: 'As of `asOf`: its host (its proposed host until verified).' }) hostUnitId!: string | null;
  @Field(() => ID, { description: 'Its host now (its proposed host until verified): whose managers act on it.' }) currentHostUnitId!: string;
  @Field(() => ID, { nullable: true }) verifiedBy!: string | null;
  @Field(() => String, { nullable: true }) verifiedOn!: string | null;
  @Field(() => ID, { nullable: true }) declinedBy!: string | null;
  @Field(() => String, { nullable: true }) declinedOn!: string | null;
  @Field(() => String, { nullable: true }) declineReason!: string | null;
  @Field(() => [GroupAffiliationView], { description: 'Its hosts over time, in order.' }) affiliations!: GroupAffiliationView[];
  @Field(() => [GroupDeclarationView], { description: 'Its declared statuses, in order.' }) declarations!: GroupDeclarationView[];
  @Field(() => Int, { description: 'Activities it took part in.' }) activityCount!: number;
  @Field(() => String, { nullable: true }) lastActivityOn!: string | null;
  @Field(() => Int, { description: 'Date bookings held for accepted need matches.' }) heldBookingCount!: number;
}

@ObjectType('VolunteerGroupStatusCount')
export class GroupStatusCountView {
  @Field() status!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('VolunteerGroupConnection', { description: "A unit's groups as of a date: those it (or a unit of its subtree) hosted then, or that proposed it." })
export class GroupPage extends Paginated(GroupView) {
  @Field(() => ID) unitId!: string;
  @Field() includeSubtree!: boolean;
  @Field() asOf!: string;
  @Field(() => [GroupStatusCountView], { description: 'Groups per status, over every page (and every status filter).' })
  totals!: GroupStatusCountView[];
}

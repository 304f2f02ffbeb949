import { Field, Float, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsArray, IsNumber, IsOptional, IsString } from 'class-validator';
import { IsEntityId, IsLineText, IsProseText } from '@tn/gateway-core';
import { Paginated } from '@tn/gateway-graphql-kit';

const IsQuantity = () => IsNumber({ allowNaN: false, allowInfinity: false });

@ObjectType('NeedMatch', { description: 'An offer to meet (part of) a need, and each decision on it.' })
export class NeedMatchView {
  @Field(() => ID) matchId!: string;
  @Field({ description: 'group or partner' }) offererKind!: string;
  @Field(() => ID) offererId!: string;
  @Field(() => ID, { nullable: true, description: 'The partner’s agreement it is offered under.' }) agreementId!: string | null;
  @Field(() => Float) quantity!: number;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field({ description: 'proposed, accepted, declined, released or fulfilled' }) status!: string;
  @Field(() => ID, { nullable: true, description: 'Null for a partner’s account, as every account id of the union’s.' }) proposedBy!: string | null;
  @Field() proposedOn!: string;
  @Field(() => ID, { nullable: true }) acceptedBy!: string | null;
  @Field(() => String, { nullable: true }) acceptedOn!: string | null;
  @Field(() => ID, { nullable: true }) declinedBy!: string | null;
  @Field(() => String, { nullable: true }) declinedOn!: string | null;
  @Field(() => String, { nullable: true }) declineReason!: string | null;
  @Field(() => String, { nullable: true }) releasedOn!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'group-double-booked: its group was booked by another need meanwhile; group-unavailable: its group could not be booked (dissolved meanwhile).',
  })
  releaseReason!: string | null;
  @Field(() => Float, { nullable: true }) deliveredQuantity!: number | null;
  @Field(() => ID, { nullable: true }) fulfilledBy!: string | null;
  @Field(() => String, { nullable: true }) fulfilledOn!: string | null;
}

@ObjectType('NeedQuantities', { description: 'What a need asks for and how far its matches meet it.' })
export class NeedQuantitiesView {
  @Field(() => Float) requested!: number;
  @Field(() => Float, { description: 'Offered by matches not decided yet.' }) proposed!: number;
  @Field(() => Float, { description: 'Accepted matches’ quantities, and what fulfilled matches delivered.' }) committed!: number;
  @Field(() => Float) delivered!: number;
  @Field(() => Float, { description: 'Still to be found.' }) outstanding!: number;
}

@ObjectType('Need', { description: 'What a unit or an activity’s survey lacks (people, items or money) at a place and over dates, and the offers to meet it.' })
export class NeedView {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: 'The unit that raised it, whose managers decide its matches.' }) unitId!: string;
  @Field({ description: 'activity-survey or unit' }) source!: string;
  @Field(() => ID, { nullable: true }) activityId!: string | null;
  @Field({ description: 'people, items or money' }) kind!: string;
  @Field() description!: string;
  @Field(() => [String]) skills!: string[];
  @Field(() => [String]) fields!: string[];
  @Field(() => Float) quantity!: number;
  @Field() measure!: string;
  @Field(() => ID) placeUnitId!: string;
  @Field() from!: string;
  @Field() to!: string;
  @Field({ description: 'low, normal, high or urgent' }) priority!: string;
  @Field({ description: 'open, fulfilled or cancelled' }) status!: string;
  @Field(() => [NeedMatchView], { description: 'In the order proposed (a partner’s account sees its own only).' }) matches!: NeedMatchView[];
  @Field(() => NeedQuantitiesView, { description: 'For a partner’s account, counted from its own matches only.' }) quantities!: NeedQuantitiesView;
  @Field(() => ID, { nullable: true, description: 'Null for a partner’s account (as cancelledBy): the union’s account ids are not theirs.' })
  raisedBy!: string | null;
  @Field() raisedOn!: string;
  @Field(() => String, { nullable: true }) fulfilledOn!: string | null;
  @Field(() => ID, { nullable: true }) cancelledBy!: string | null;
  @Field(() => String, { nullable: true }) cancelledOn!: string | null;
  @Field(() => String, { nullable: true }) cancelReason!: string | null;
}

@ObjectType('NeedConnection')
export class NeedPage extends Paginated(NeedView) {}

@ObjectType('NeedMatchReason', { description: 'Why a candidate scores as it does, or why it is not eligible.' })
export class NeedMatchReasonView {
  @Field({ description: 'SERVES_PLACE, SERVES_ANCESTOR, SKILLS, FIELDS, OFFERS_KIND (OUTSIDE_AREA, NOT_ACTIVE, BOOKED: not eligible)' }) code!: string;
  @Field(() => ID, { nullable: true, description: 'The unit of its area on the place’s lineage.' }) unitId!: string | null;
  @Field(() => [String], { nullable: true, description: 'The need’s skills or fields it has.' }) matched!: string[] | null;
  @Field(() => String, { nullable: true }) from!: string | null;
  @Field(() => String, { nullable: true }) to!: string | null;
}

@ObjectType('NeedMatchCandidate', { description: 'A group, or a partner under an agreement, that could meet a need, scored 0 to 100.' })
export class NeedMatchCandidateView {
  @Field({ description: 'group or partner' }) kind!: string;
  @Field(() => ID, { description: 'The group’s or the partner’s id: the offerer of a match.' }) candidateId!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => ID, { nullable: true, description: 'A partner’s agreement that covers the need’s dates (its best one).' }) agreementId!: string | null;
  @Field(() => Float) score!: number;
  @Field(() => [NeedMatchReasonView]) reasons!: NeedMatchReasonView[];
  @Field(() => [ID], { description: 'The units whose areas it serves.' }) areaUnitIds!: string[];
  @Field(() => [String]) fields!: string[];
}

@InputType({ description: 'A need of a unit at a place of its subtree; from a survey it names the activity.' })
export class RaiseNeedInput {
  @Field(() => ID, { nullable: true, description: 'Generated when absent.' }) @IsOptional() @IsString() @IsEntityId() needId?: string;
  @Field(() => ID) @IsString() @IsEntityId() unitId!: string;
  @Field({ description: 'activity-survey or unit' }) @IsString() source!: string;
  @Field(() => ID, { nullable: true, description: 'The activity whose survey found it (source activity-survey only).' })
  @IsOptional()
  @IsString()
  @IsEntityId()
  activityId?: string;
  @Field({ description: 'people, items or money' }) @IsString() kind!: string;
  @Field() @IsProseText() description!: string;
  @Field(() => [String], { nullable: true, description: 'Skills asked for (free words).' })
  @IsOptional()
  @IsArray()
  @IsLineText({ each: true })
  skills?: string[];
  @Field(() => [String], { nullable: true, description: 'Fields of volunteer work.' }) @IsOptional() @IsArray() @IsString({ each: true }) fields?: string[];
  @Field(() => Float) @IsQuantity() quantity!: number;
  @Field({ description: 'What the quantity counts: người, kg, VND…' }) @IsLineText() measure!: string;
  @Field(() => ID) @IsString() @IsEntityId() placeUnitId!: string;
  @Field({ description: 'YYYY-MM-DD' }) @IsString() from!: string;
  @Field({ description: 'YYYY-MM-DD, not before from' }) @IsString() to!: string;
  @Field({ nullable: true, description: 'low, normal (default), high or urgent' }) @IsOptional() @IsString() priority?: string;
}

@InputType({ description: 'An offer of a group (its leaders may offer it) or a partner to meet (part of) a need.' })
export class ProposeNeedMatchInput {
  @Field(() => ID) @IsString() @IsEntityId() needId!: string;
  @Field(() => ID, { nullable: true, description: 'Generated when absent.' }) @IsOptional() @IsString() @IsEntityId() matchId?: string;
  @Field({ description: 'group or partner' }) @IsString() offererKind!: string;
  @Field(() => ID) @IsString() @IsEntityId() offererId!: string;
  @Field(() => ID, { nullable: true, description: 'The partner’s agreement in force over the need’s dates.' })
  @IsOptional()
  @IsString()
  @IsEntityId()
  agreementId?: string;
  @Field(() => Float) @IsQuantity() quantity!: number;
  @Field({ nullable: true }) @IsOptional() @IsProseText() note?: string;
}

@InputType()
export class NeedMatchInput {
  @Field(() => ID) @IsString() @IsEntityId() needId!: string;
  @Field(() => ID) @IsString() @IsEntityId() matchId!: string;
}

@InputType()
export class DeclineNeedMatchInput extends NeedMatchInput {
  @Field() @IsProseText() reason!: string;
}

@InputType({ description: 'What an accepted match delivered (at most its quantity).' })
export class RecordNeedMatchFulfilledInput extends NeedMatchInput {
  @Field(() => Float) @IsQuantity() deliveredQuantity!: number;
}

@InputType()
export class CancelNeedInput {
  @Field(() => ID) @IsString() @IsEntityId() needId!: string;
  @Field() @IsProseText() reason!: string;
}

import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsNotEmpty, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Paginated } from '@tn/gateway-graphql-kit';
import { IsCleanText, IsEntityId, MaxTextLength } from '@tn/gateway-core';
import { IsIsoDate } from '../units/unit.inputs';

@ObjectType('Consent')
export class ConsentView {
  @Field() purpose!: string;
  @Field() givenAt!: string;
  @Field(() => String, { nullable: true }) withdrawnAt!: string | null;
  @Field() byGuardian!: boolean;
}

@ObjectType('Volunteer', { description: 'Personal fields are null unless your role may see them, and after erasure.' })
export class VolunteerView {
  @Field(() => ID) id!: string;
  @Field(() => ID) homeUnitId!: string;
  @Field(() => [String]) skills!: string[];
  @Field(() => [String]) professions!: string[];
  @Field(() => [ConsentView]) consents!: ConsentView[];
  @Field() registeredOn!: string;
  @Field() erased!: boolean;
  @Field(() => String, { nullable: true }) fullName!: string | null;
  @Field(() => String, { nullable: true }) dateOfBirth!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
}

@ObjectType('VolunteerConnection')
export class VolunteerPage extends Paginated(VolunteerView) {}

@ObjectType('CadrePosition')
export class CadrePositionView {
  @Field(() => ID) positionId!: string;
  @Field(() => ID) unitId!: string;
  @Field() title!: string;
  @Field() dedicatedToVolunteerWork!: boolean;
  @Field() termStart!: string;
  @Field(() => String, { nullable: true }) termEnd!: string | null;
  @Field(() => String, { nullable: true }) endedOn!: string | null;
}

@ObjectType('Cadre')
export class CadreView {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) fullName!: string | null;
  @Field(() => [CadrePositionView], { description: 'Positions held on the query date (in the unit asked about, or all).' }) positions!: CadrePositionView[];
}

@ObjectType('CadreConnection')
export class CadrePage extends Paginated(CadreView) {}

@InputType()
export class GuardianInput {
  @Field() @IsString() @IsNotEmpty() @IsCleanText() @MaxTextLength() fullName!: string;
  @Field() @IsString() @IsNotEmpty() @IsCleanText() @MaxTextLength() relationship!: string;
}

@InputType()
export class ConsentInputGql {
  @Field() @IsString() @IsNotEmpty() @IsCleanText() @MaxTextLength() purpose!: string;
  @Field() @IsString() @IsCleanText() @MaxTextLength() givenAt!: string;
  @Field(() => GuardianInput, { nullable: true }) @IsOptional() guardian?: GuardianInput;
}

@InputType()
export class RegisterVolunteerInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @IsEntityId() volunteerId?: string;
  @Field() @IsString() @IsNotEmpty({ context: { code: 'VOLUNTEER.NAME_REQUIRED' } }) @MaxLength(200) @IsCleanText() @MaxTextLength() fullName!: string;
  @Field() @IsIsoDate() dateOfBirth!: string;
  @Field() @IsString() @IsCleanText() @MaxTextLength() phone!: string;
  @Field() @IsEmail({}, { context: { code: 'VOLUNTEER.EMAIL_INVALID' } }) @IsCleanText() @MaxTextLength() email!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @IsCleanText() @MaxTextLength() nationalId?: string;
  @Field(() => ID) @IsString() @IsEntityId() homeUnitId!: string;
  @Field(() => [String], { defaultValue: [] }) @IsCleanText({ each: true }) @MaxTextLength(undefined, { each: true }) skills!: string[];
  @Field(() => [String], { defaultValue: [] }) @IsCleanText({ each: true }) @MaxTextLength(undefined, { each: true }) professions!: string[];
  @Field(() => [ConsentInputGql], { description: "Explicit consents; 'registry' is required (silence is not consent)." }) consents!: ConsentInputGql[];
  @Field() @IsIsoDate() registeredOn!: string;
}

@InputType()
export class RegisterCadreInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @IsEntityId() cadreId?: string;
  @Field() @IsString() @IsNotEmpty({ context: { code: 'CADRE.NAME_REQUIRED' } }) @IsCleanText() @MaxTextLength() fullName!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @IsCleanText() @MaxTextLength() email?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @IsCleanText() @MaxTextLength() phone?: string;
  @Field() @IsIsoDate() registeredOn!: string;
  @Field(() => ID, { description: 'The unit registering the cadre: it alone may appoint them until their first appointment.' })
  @IsString()
  @IsEntityId()
  registeringUnitId!: string;
}

@InputType()
export class AppointCadreInput {
  @Field(() => ID) @IsString() @IsEntityId() cadreId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @IsEntityId() positionId?: string;
  @Field(() => ID) @IsString() @IsEntityId() unitId!: string;
  @Field() @IsString() @IsNotEmpty({ context: { code: 'CADRE.TITLE_REQUIRED' } }) @IsCleanText() @MaxTextLength() title!: string;
  @Field() @IsBoolean() dedicatedToVolunteerWork!: boolean;
  @Field() @IsIsoDate() termStart!: string;
  @Field({ nullable: true }) @IsOptional() @IsIsoDate() termEnd?: string;
}

@InputType()
export class RoleGrantInput {
  @Field() @IsString() @IsCleanText() @MaxTextLength() role!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @IsEntityId() unitId?: string;
}

@InputType()
export class OpenAccountInput {
  @Field() @IsString() @IsCleanText() @MaxTextLength() username!: string;
  @Field() @IsString() @MinLength(10, { context: { code: 'ACCOUNT.PASSWORD_TOO_SHORT' } }) password!: string;
  @Field({ description: 'cadre, volunteer or partner.' }) @IsString() @IsCleanText() @MaxTextLength() kind!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @IsEntityId() personId?: string;
  @Field(() => [RoleGrantInput]) roles!: RoleGrantInput[];
  @Field() @IsIsoDate() openedOn!: string;
}

@ObjectType('Session', { description: 'Tokens of a signed-in session. Send the access token as `Authorization: Bearer …`.' })
export class SessionView {
  @Field() accessToken!: string;
  @Field() accessTokenExpiresAt!: string;
  @Field() refreshToken!: string;
  @Field() refreshTokenExpiresAt!: string;
  @Field(() => ID) accountId!: string;
  @Field() consistencyToken!: string;
}

@ObjectType('Grant')
export class GrantView {
  @Field() role!: string;
  @Field(() => ID, { nullable: true }) unitId!: string | null;
}

@ObjectType('Me')
export class MeView {
  @Field(() => ID) accountId!: string;
  @Field() kind!: string;
  @Field(() => ID, { nullable: true }) personId!: string | null;
  @Field(() => [GrantView]) grants!: GrantView[];
}

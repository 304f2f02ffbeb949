import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('SignUp')
export class SignUpView {
  @Field(() => ID) shiftId!: string;
  @Field({ description: 'pending-approval, confirmed, waitlisted, cancelled or rejected' }) status!: string;
  @Field() signedUpAt!: string;
  @Field() changedAt!: string;
}

@ObjectType('ShiftHours')
export class ShiftHoursView {
  @Field(() => ID) shiftId!: string;
  @Field(() => Float) hours!: number;
}

@ObjectType('VolunteerCertificate')
export class CertificateView {
  @Field(() => ID) id!: string;
  @Field() award!: string;
  @Field(() => ID, { nullable: true }) campaignId!: string | null;
  @Field(() => ID) issuingUnitId!: string;
  @Field(() => Float) hours!: number;
  @Field(() => Int) activities!: number;
  @Field() issuedOn!: string;
  @Field(() => String, { nullable: true, description: 'The signed verification code: anyone can check it with verifyCertificate, without signing in.' })
  code!: string | null;
  @Field(() => String, { nullable: true, description: 'When it was revoked (its code no longer verifies); null while it stands.' })
  revokedOn!: string | null;
}

@ObjectType('VolunteerHours', { description: 'Hours from attendance (paired check-ins and check-outs, to the minute).' })
export class HoursView {
  @Field(() => ID) volunteerId!: string;
  @Field(() => Float) totalHours!: number;
  @Field(() => [ShiftHoursView]) shifts!: ShiftHoursView[];
  @Field(() => [CertificateView]) certificates!: CertificateView[];
}

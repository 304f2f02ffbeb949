import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('CertificateVerification', {
  description: 'What a certificate code proves, for anyone (no sign-in): no more than the certificate itself shows.',
})
export class CertificateVerificationView {
  @Field({ description: 'True only for a genuine code of a certificate that is issued and not revoked.' }) valid!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'Why not valid: malformed (not a certificate code), signature (forged or altered), unknown (not issued here), revoked.',
  })
  reason!: string | null;
  @Field(() => ID, { nullable: true }) certificateId!: string | null;
  @Field(() => String, { nullable: true, description: 'certificate (Youth Volunteer Certificate) or badge.' }) award!: string | null;
  @Field(() => String, { nullable: true }) campaignName!: string | null;
  @Field(() => String, { nullable: true, description: 'The organiser unit that issued it, by its name on the issue date.' }) organiserUnitName!: string | null;
  @Field(() => String, { nullable: true }) issuedOn!: string | null;
  @Field(() => Float, { nullable: true, description: 'Volunteer hours the certificate recognises.' }) hours!: number | null;
  @Field(() => String, { nullable: true, description: "The holder's name as the registry holds it now (null once their personal data is erased)." })
  holderName!: string | null;
}

@ObjectType('IssuedCertificate', {
  description: 'A certificate or badge as issued, with its verification code to print as a QR code: for the readers of the issuing unit and the holder.',
})
export class IssuedCertificateView {
  @Field(() => ID) id!: string;
  @Field({ description: 'certificate (Youth Volunteer Certificate) or badge.' }) award!: string;
  @Field(() => ID) volunteerId!: string;
  @Field(() => ID, { nullable: true }) campaignId!: string | null;
  @Field(() => ID) issuingUnitId!: string;
  @Field(() => Float) hours!: number;
  @Field(() => Int) activities!: number;
  @Field() issuedOn!: string;
  @Field({ description: 'issued or revoked.' }) status!: string;
  @Field(() => String, { nullable: true }) revokedOn!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "The signed verification code (verifyCertificate shows the holder's name from it): for the holder and those who may issue at the issuing unit (campaigns:write); null for other readers.",
  })
  code!: string | null;
}

import { commandType, eventType, IsFiniteNumber, IsIsoDate, IsNonEmptyText, NestedList, streamIdOf } from '@tn/shared-event-contracts';
import { IsArray, IsIn, IsString } from 'class-validator';
import { NETWORK_FIELDS, type NetworkField } from '../common/vocabulary';
import { writingFor, writingOn } from './partner-rights';
import { COMMITMENT_KINDS, type CommitmentKind } from './partner-vocabulary';

/**
 * Cooperation agreements (one stream each): a unit (the lead) and the units party to it sign with
 * a registered partner, for fields of work, valid over [validFrom, validTo] (both days included),
 * with what the partner commits (people, items or money, each a quantity of a measure). An
 * amendment replaces the end date, the scope and the commitments; a termination ends it on a day
 * within its validity. `agreementStatusOn` (agreement-status.ts) says where it stands on a date.
 * Command fields are checked for shape only; the decider checks meaning with its own codes.
 */

export const AGREEMENT_STREAM_TYPE = 'agreement';
export const agreementStreamId = (agreementId: string) => streamIdOf(AGREEMENT_STREAM_TYPE, agreementId);

// ---- commands ------------------------------------------------------------------------------

/** A commitment as a command states it: ids unique within the agreement, a quantity above 0 (people in whole numbers). */
export class AgreementCommitmentPart {
  @IsString() commitmentId!: string;
  @IsString() kind!: CommitmentKind;
  @IsString() description!: string;
  @IsFiniteNumber() quantity!: number;
  @IsString() measure!: string;
}

/**
 * `signedOn` is when it was signed (no later than today); `partyUnitIds` the other units bound by
 * it, the lead not among them. The partner must be registered (the route looks it up).
 */
export class SignAgreement {
  @IsString() agreementId!: string;
  @IsString() partnerId!: string;
  @IsString() title!: string;
  @IsString() scope!: string;
  @IsArray() @IsString({ each: true }) fields!: NetworkField[];
  @IsString() leadUnitId!: string;
  @IsArray() @IsString({ each: true }) partyUnitIds!: string[];
  @IsString() signedOn!: string;
  @IsString() validFrom!: string;
  @IsString() validTo!: string;
  @NestedList(() => AgreementCommitmentPart) commitments!: AgreementCommitmentPart[];
}
/** The new end date, scope and every commitment (the whole list); a terminated agreement is not amended. */
export class AmendAgreement {
  @IsString() agreementId!: string;
  @IsString() validTo!: string;
  @IsString() scope!: string;
  @NestedList(() => AgreementCommitmentPart) commitments!: AgreementCommitmentPart[];
}
/** `on` is the first day it is no longer in force, within its validity (it may be ahead: a notice). */
export class TerminateAgreement {
  @IsString() agreementId!: string;
  @IsString() on!: string;
  @IsString() reason!: string;
}

const onItsAgreement = {
  streamId: (p: { agreementId: string }) => agreementStreamId(p.agreementId),
  rights: (p: { agreementId: string }) => writingOn('agreement', p.agreementId),
};

export const agreementCommandTypes = [
  // Every unit it binds signs it: write rights over the lead and each party.
  commandType('SignAgreement', SignAgreement, {
    streamId: (p) => agreementStreamId(p.agreementId),
    rights: (p) => writingFor(p.leadUnitId, ...p.partyUnitIds),
  }),
  commandType('AmendAgreement', AmendAgreement, onItsAgreement),
  commandType('TerminateAgreement', TerminateAgreement, onItsAgreement),
] as const;

// ---- events --------------------------------------------------------------------------------

export class AgreementCommitment {
  @IsNonEmptyText() commitmentId!: string;
  @IsIn(COMMITMENT_KINDS) kind!: CommitmentKind;
  @IsNonEmptyText() description!: string;
  @IsFiniteNumber() quantity!: number;
  @IsNonEmptyText() measure!: string;
}

/** `recordedBy` is the acting user's id and `recordedOn` the server's date in Vietnam (`signedOn` is the payload's). */
export class AgreementSigned {
  @IsNonEmptyText() agreementId!: string;
  @IsNonEmptyText() partnerId!: string;
  @IsNonEmptyText() title!: string;
  @IsNonEmptyText() scope!: string;
  @IsArray() @IsIn(NETWORK_FIELDS, { each: true }) fields!: NetworkField[];
  @IsNonEmptyText() leadUnitId!: string;
  @IsArray() @IsNonEmptyText({ each: true }) partyUnitIds!: string[];
  @IsIsoDate() signedOn!: string;
  @IsIsoDate() validFrom!: string;
  @IsIsoDate() validTo!: string;
  @NestedList(() => AgreementCommitment) commitments!: AgreementCommitment[];
  @IsNonEmptyText() recordedBy!: string;
  @IsIsoDate() recordedOn!: string;
}
/** The agreement's end date, scope and commitments from now on (the whole of them). */
export class AgreementAmended {
  @IsNonEmptyText() agreementId!: string;
  @IsIsoDate() validTo!: string;
  @IsNonEmptyText() scope!: string;
  @NestedList(() => AgreementCommitment) commitments!: AgreementCommitment[];
  @IsNonEmptyText() amendedBy!: string;
  @IsIsoDate() amendedOn!: string;
}
/** In force until the day before `on`; `terminatedOn` is when it was recorded. */
export class AgreementTerminated {
  @IsNonEmptyText() agreementId!: string;
  @IsIsoDate() on!: string;
  @IsNonEmptyText() reason!: string;
  @IsNonEmptyText() terminatedBy!: string;
  @IsIsoDate() terminatedOn!: string;
}

export const agreementEventTypes = [
  eventType('AgreementSigned', AgreementSigned),
  eventType('AgreementAmended', AgreementAmended),
  eventType('AgreementTerminated', AgreementTerminated),
] as const;

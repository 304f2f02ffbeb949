import { commandType, eventType, IsIsoDate, IsNonEmptyText, streamIdOf } from '@tn/shared-event-contracts';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { writingFor, writingOn } from './partner-rights';
import { PARTNER_KINDS, type PartnerKind } from './partner-vocabulary';

/**
 * Partners (one stream each): organisations the units cooperate with (businesses, schools,
 * agencies, international organisations, overseas Vietnamese), registered by a unit whose
 * managers then keep them. A partner may be given GraphQL accounts of the registry (kind
 * 'partner'): each account belongs to one partner, and reads only that partner's record, its
 * agreements and the needs it holds a match on. No contact person is recorded.
 * Command fields are checked for shape only; the decider checks meaning with its own codes.
 */

export const PARTNER_STREAM_TYPE = 'partner';
export const partnerStreamId = (partnerId: string) => streamIdOf(PARTNER_STREAM_TYPE, partnerId);

// ---- commands ------------------------------------------------------------------------------

/** `countryCode` is ISO 3166-1 alpha-2 ('VN' when absent; lower case is taken); `website` an http(s) address. */
export class RegisterPartner {
  @IsString() partnerId!: string;
  @IsString() name!: string;
  @IsString() kind!: PartnerKind;
  @IsOptional() @IsString() countryCode?: string;
  @IsString() ownerUnitId!: string;
  @IsOptional() @IsString() website?: string;
}
/** The whole profile again (the owner unit stays): a website left out is removed. */
export class RevisePartner {
  @IsString() partnerId!: string;
  @IsString() name!: string;
  @IsString() kind!: PartnerKind;
  @IsOptional() @IsString() countryCode?: string;
  @IsOptional() @IsString() website?: string;
}
/**
 * A registry account of kind 'partner', open, and linked to no other partner (the route looks the
 * account up in the service's copy of the registry's accounts, and its link in the service's own
 * projection of the links). Linking it again to the same partner records nothing.
 */
export class LinkPartnerAccount {
  @IsString() partnerId!: string;
  @IsString() accountId!: string;
}
export class UnlinkPartnerAccount {
  @IsString() partnerId!: string;
  @IsString() accountId!: string;
}

const onItsPartner = {
  streamId: (p: { partnerId: string }) => partnerStreamId(p.partnerId),
  rights: (p: { partnerId: string }) => writingOn('partner', p.partnerId),
};

export const partnerCommandTypes = [
  commandType('RegisterPartner', RegisterPartner, { streamId: (p) => partnerStreamId(p.partnerId), rights: (p) => writingFor(p.ownerUnitId) }),
  commandType('RevisePartner', RevisePartner, onItsPartner),
  commandType('LinkPartnerAccount', LinkPartnerAccount, onItsPartner),
  commandType('UnlinkPartnerAccount', UnlinkPartnerAccount, onItsPartner),
] as const;

// ---- events --------------------------------------------------------------------------------

/** `registeredBy` is the acting user's id, `registeredOn` the server's date in Vietnam. */
export class PartnerRegistered {
  @IsNonEmptyText() partnerId!: string;
  @IsNonEmptyText() name!: string;
  @IsIn(PARTNER_KINDS) kind!: PartnerKind;
  @Matches(/^[A-Z]{2}$/) countryCode!: string;
  @IsNonEmptyText() ownerUnitId!: string;
  @IsOptional() @IsNonEmptyText() website?: string;
  @IsNonEmptyText() registeredBy!: string;
  @IsIsoDate() registeredOn!: string;
}
/** The partner's profile from now on (the whole of it: no website means none). */
export class PartnerRevised {
  @IsNonEmptyText() partnerId!: string;
  @IsNonEmptyText() name!: string;
  @IsIn(PARTNER_KINDS) kind!: PartnerKind;
  @Matches(/^[A-Z]{2}$/) countryCode!: string;
  @IsOptional() @IsNonEmptyText() website?: string;
  @IsNonEmptyText() revisedBy!: string;
  @IsIsoDate() revisedOn!: string;
}
/** The account (a registry account id, a hash: nothing personal) now reads as this partner. */
export class PartnerAccountLinked {
  @IsNonEmptyText() partnerId!: string;
  @IsNonEmptyText() accountId!: string;
  @IsNonEmptyText() linkedBy!: string;
  @IsIsoDate() linkedOn!: string;
}
export class PartnerAccountUnlinked {
  @IsNonEmptyText() partnerId!: string;
  @IsNonEmptyText() accountId!: string;
  @IsNonEmptyText() unlinkedBy!: string;
  @IsIsoDate() unlinkedOn!: string;
}

/** The events of a partner's own stream (the area's list, agreements included, is `partnerEventTypes`). */
export const partnerStreamEventTypes = [
  eventType('PartnerRegistered', PartnerRegistered),
  eventType('PartnerRevised', PartnerRevised),
  eventType('PartnerAccountLinked', PartnerAccountLinked),
  eventType('PartnerAccountUnlinked', PartnerAccountUnlinked),
] as const;

import { DEFAULT_COUNTRY_CODE, isCountryCode, isWebsiteAddress, PARTNER_KINDS, type PartnerKind } from '@tn/network-contracts';
import { illegalStateAt, notFoundError, validationError } from '../../common/errors';
import { requireOneOf } from '../../common/rules';
import { optionalText, requiredText } from '../partners.rules';
import type { LookedUpAccount, PartnerState, RegisteredPartner } from './partner.types';

/** The kind of account a partner's GraphQL account is in the registry. */
export const PARTNER_ACCOUNT_KIND = 'partner';

export function requirePartner(state: PartnerState, partnerId: string): RegisteredPartner {
  if (state.status === 'none') throw notFoundError('PARTNER.NOT_FOUND', `partner ${partnerId} does not exist`, { partnerId });
  return state;
}

/** A partner's profile as a registration or revision states it, normalised. */
export interface PartnerProfile {
  name: string;
  kind: PartnerKind;
  countryCode: string;
  website?: string;
}

/** The name trimmed, a known kind, the country code in capitals ('VN' when absent), the website an http(s) address. */
export function profileOf(command: { name: string; kind: string; countryCode?: string; website?: string }): PartnerProfile {
  const name = requiredText(command.name, 'PARTNER.TEXT_REQUIRED', 'name', "the partner's name");
  requireOneOf(command.kind, PARTNER_KINDS, 'PARTNER.KIND_UNKNOWN', 'kind');
  const countryCode = optionalText(command.countryCode)?.toUpperCase() ?? DEFAULT_COUNTRY_CODE;
  if (!isCountryCode(countryCode)) {
    throw validationError('PARTNER.COUNTRY_CODE_INVALID', 'countryCode', 'a country is named by its ISO 3166-1 alpha-2 code (VN, US, JP…)', {
      countryCode: command.countryCode,
    });
  }
  const website = optionalText(command.website);
  if (website !== undefined && !isWebsiteAddress(website)) {
    throw validationError('PARTNER.WEBSITE_INVALID', 'website', 'a website is an http or https address', { website });
  }
  return { name, kind: command.kind, countryCode, ...(website === undefined ? {} : { website }) };
}

/** An open registry account of kind 'partner', read as no other partner. */
export function requireLinkableAccount(partner: RegisteredPartner, accountId: string, account: LookedUpAccount | undefined, linkedPartnerId?: string): void {
  if (!account) throw illegalStateAt('PARTNER.ACCOUNT_NOT_FOUND', 'accountId', `no open account ${accountId}`, { accountId });
  if (account.kind !== PARTNER_ACCOUNT_KIND) {
    throw illegalStateAt('PARTNER.ACCOUNT_NOT_PARTNER', 'accountId', `account ${accountId} is a ${account.kind} account, not a partner's`, {
      accountId,
      kind: account.kind,
    });
  }
  if (linkedPartnerId !== undefined && linkedPartnerId !== partner.partnerId) {
    throw illegalStateAt('PARTNER.ACCOUNT_LINKED_ELSEWHERE', 'accountId', `account ${accountId} reads as another partner`, { accountId });
  }
}

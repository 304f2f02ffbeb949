import { type AgreementCommitmentPart, COMMITMENT_KINDS, NETWORK_FIELDS, type NetworkField } from '@tn/network-contracts';
import { illegalStateError, notFoundError, validationError } from '../../common/errors';
import { requireIdList, requireIsoDate, requireOneOf } from '../../common/rules';
import type { LookedUpPartner } from '../partner/partner.types';
import { requiredText } from '../partners.rules';
import type { AgreementState, Commitment, SignedAgreement } from './agreement.types';

export function requireAgreement(state: AgreementState, agreementId: string): SignedAgreement {
  if (state.status === 'none') throw notFoundError('AGREEMENT.NOT_FOUND', `agreement ${agreementId} does not exist`, { agreementId });
  return state;
}

/** A terminated agreement is neither amended nor terminated again: its terms are history. */
export function requireNotTerminated(agreement: SignedAgreement): SignedAgreement & { status: 'signed' } {
  if (agreement.status === 'terminated') {
    throw illegalStateError('AGREEMENT.TERMINATED', `agreement ${agreement.agreementId} is terminated`, {
      agreementId: agreement.agreementId,
      on: agreement.termination?.on,
    });
  }
  return agreement as SignedAgreement & { status: 'signed' };
}

export function requirePartnerRegistered(partner: LookedUpPartner | undefined, partnerId: string): void {
  if (partner?.status !== 'registered') throw notFoundError('PARTNER.NOT_FOUND', `partner ${partnerId} does not exist`, { partnerId });
}

export const requireAgreementDate = (value: string, field: string) => requireIsoDate(value, 'AGREEMENT.DATE_INVALID', field);

/** [validFrom, validTo] is a period: its end is not before its start. */
export function requireValidity(validFrom: string, validTo: string): void {
  if (validTo < validFrom) {
    throw validationError('AGREEMENT.VALIDITY_INVALID', 'validTo', `the agreement would end (${validTo}) before it starts (${validFrom})`, {
      validFrom,
      validTo,
    });
  }
}

/** Known fields of work; one named twice counts once. */
export function requireFields(fields: readonly string[]): NetworkField[] {
  if (!Array.isArray(fields)) throw validationError('AGREEMENT.FIELD_UNKNOWN', 'fields', 'a list of fields is required');
  fields.forEach((field, index) => requireOneOf(field, NETWORK_FIELDS, 'AGREEMENT.FIELD_UNKNOWN', `fields.${index}`));
  // Each one was checked above.
  return [...new Set(fields)] as NetworkField[];
}

/** The other units bound by it: distinct ids, the lead not among them (it is bound as the lead). */
export function requirePartyUnits(leadUnitId: string, partyUnitIds: readonly string[]): string[] {
  requireIdList(partyUnitIds, 'AGREEMENT.PARTY_UNITS_INVALID', 'partyUnitIds');
  if (partyUnitIds.includes(leadUnitId)) {
    throw validationError('AGREEMENT.PARTY_UNITS_INVALID', 'partyUnitIds', 'the lead unit is not listed again among the parties', { leadUnitId });
  }
  return [...partyUnitIds];
}

function commitmentOf(part: AgreementCommitmentPart, index: number): Commitment {
  const at = `commitments.${index}`;
  const commitmentId = requiredText(part.commitmentId, 'AGREEMENT.TEXT_REQUIRED', `${at}.commitmentId`, "a commitment's id");
  requireOneOf(part.kind, COMMITMENT_KINDS, 'AGREEMENT.COMMITMENT_KIND_UNKNOWN', `${at}.kind`);
  const description = requiredText(part.description, 'AGREEMENT.TEXT_REQUIRED', `${at}.description`, 'what is committed');
  const { quantity } = part;
  // People are counted in whole persons; items and money may come in fractions of their measure.
  if (typeof quantity !== 'number' || !Number.isFinite(quantity) || quantity <= 0 || (part.kind === 'people' && !Number.isInteger(quantity))) {
    throw validationError('AGREEMENT.COMMITMENT_QUANTITY_INVALID', `${at}.quantity`, 'a quantity above 0 is required (people in whole numbers)', {
      quantity,
      kind: part.kind,
    });
  }
  const measure = requiredText(part.measure, 'AGREEMENT.TEXT_REQUIRED', `${at}.measure`, 'the measure of the quantity');
  return { commitmentId, kind: part.kind, description, quantity, measure };
}

/** The commitments, each checked and trimmed, ids unique within the agreement (none at all is a plain memorandum). */
export function requireCommitments(parts: readonly AgreementCommitmentPart[]): Commitment[] {
  const commitments = parts.map(commitmentOf);
  const seen = new Set<string>();
  commitments.forEach(({ commitmentId }, index) => {
    if (seen.has(commitmentId)) {
      throw validationError('AGREEMENT.COMMITMENT_ID_DUPLICATE', `commitments.${index}.commitmentId`, `commitment ${commitmentId} is listed twice`, {
        commitmentId,
      });
    }
    seen.add(commitmentId);
  });
  return commitments;
}

/**
 * A termination day or a new end date is today or later: what was in force on past days stays
 * as it was (matches and resources made under it relied on it).
 */
export function requireNotBeforeToday(date: string, today: string, field: string): void {
  if (date < today) {
    throw validationError('AGREEMENT.DATE_IN_PAST', field, `${date} is before today (${today}): an agreement's past days are not changed`, {
      date,
      today,
    });
  }
}

/** A termination takes effect on a day within the validity. */
export function requireTerminationWithin(agreement: SignedAgreement, on: string): void {
  if (on < agreement.validFrom || on > agreement.validTo) {
    throw validationError('AGREEMENT.TERMINATION_OUTSIDE_VALIDITY', 'on', `the agreement is valid from ${agreement.validFrom} to ${agreement.validTo}`, {
      on,
      validFrom: agreement.validFrom,
      validTo: agreement.validTo,
    });
  }
}

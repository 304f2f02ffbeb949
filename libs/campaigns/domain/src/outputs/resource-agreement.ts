import { type AgreementCopy, agreementInForceOn, agreementUnitsOf } from '@tn/campaigns-contracts';
import { validationError } from '../common/errors';

/** An agreement as the service's copy of the network's directory has it (null: the copy does not know it). */
export type LookedUpAgreement = Pick<AgreementCopy, 'status' | 'leadUnitId' | 'partyUnitIds' | 'validFrom' | 'validTo' | 'terminatedOn'> | null;

/** What the route looks up when a resource names an agreement: the agreement, and the activity's organiser unit with the units above it on the day received. */
export interface AgreementFacts {
  agreement: LookedUpAgreement;
  activityLineage: readonly string[];
}

/**
 * A resource may name the agreement it came under when the network's agreement is in force on
 * the day it was received and binds the activity's unit: its lead unit or one of its parties is
 * that unit or one above it (a province's agreement covers its communes' activities).
 */
export function requireAgreementFor(agreementId: string, receivedOn: string, facts: AgreementFacts | undefined): void {
  const agreement = facts?.agreement ?? null;
  if (!agreement) throw validationError('RESOURCE.AGREEMENT_UNKNOWN', 'agreementId', `${agreementId} is not an agreement of the network`, { agreementId });
  if (!agreementInForceOn(agreement, receivedOn)) {
    const { validFrom, validTo, terminatedOn } = agreement;
    throw validationError('RESOURCE.AGREEMENT_NOT_IN_FORCE', 'agreementId', `agreement ${agreementId} is not in force on ${receivedOn}`, {
      agreementId,
      receivedOn,
      validFrom,
      validTo,
      ...(terminatedOn === undefined ? {} : { terminatedOn }),
    });
  }
  const lineage = facts?.activityLineage ?? [];
  if (!agreementUnitsOf(agreement).some((unitId) => lineage.includes(unitId))) {
    throw validationError('RESOURCE.AGREEMENT_NOT_FOR_UNIT', 'agreementId', `agreement ${agreementId} binds no unit the activity belongs to`, { agreementId });
  }
}

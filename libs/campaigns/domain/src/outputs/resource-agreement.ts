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
 * A resource may name the agreement it came under when the network's agreement binds the
 * activity's unit (its lead unit or one of its parties is that unit or one above it: a province's
 * agreement covers its communes' activities) and is in force on the day it was received. One that
 * binds no unit of the activity's is another's, and answers as unknown before anything is said of
 * it (no word of its dates to another province).
 */
export function requireAgreementFor(agreementId: string, receivedOn: string, facts: AgreementFacts | undefined): void {
  const agreement = facts?.agreement ?? null;
  const lineage = facts?.activityLineage ?? [];
  if (!agreement || !agreementUnitsOf(agreement).some((unitId) => lineage.includes(unitId))) {
    throw validationError('RESOURCE.AGREEMENT_UNKNOWN', 'agreementId', `${agreementId} is not an agreement of the network binding the activity's unit`, {
      agreementId,
    });
  }
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
}

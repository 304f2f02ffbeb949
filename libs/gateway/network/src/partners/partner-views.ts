import { agreementStatusOn } from '@tn/network-contracts';
import type { AgreementView } from './agreement.models';
import type { AgreementDoc } from './agreement.read-model';
import type { PartnerView } from './partner.models';
import type { PartnerDoc } from './partner.read-model';

/** A partner as GraphQL shows it; its linked accounts only when the caller may see them. */
export function partnerView(doc: PartnerDoc, showAccounts: boolean): PartnerView {
  return {
    id: doc.partnerId,
    name: doc.name,
    kind: doc.kind,
    countryCode: doc.countryCode,
    website: doc.website ?? null,
    ownerUnitId: doc.ownerUnitId,
    accountIds: showAccounts ? [...doc.accountIds] : null,
    registeredBy: doc.registeredBy,
    registeredOn: doc.registeredOn,
    revisedBy: doc.revisedBy ?? null,
    revisedOn: doc.revisedOn ?? null,
  };
}

/** An agreement as GraphQL shows it, its status judged on `asOf`. */
export function agreementView(doc: AgreementDoc, asOf: string): AgreementView {
  return {
    id: doc.agreementId,
    partnerId: doc.partnerId,
    title: doc.title,
    scope: doc.scope,
    fields: [...doc.fields],
    leadUnitId: doc.leadUnitId,
    partyUnitIds: [...doc.partyUnitIds],
    signedOn: doc.signedOn,
    validFrom: doc.validFrom,
    validTo: doc.validTo,
    commitments: doc.commitments.map(({ commitmentId, kind, description, quantity, measure }) => ({ commitmentId, kind, description, quantity, measure })),
    status: agreementStatusOn(doc, asOf),
    asOf,
    terminatedFrom: doc.termination?.on ?? null,
    terminationReason: doc.termination?.reason ?? null,
    terminatedBy: doc.termination?.terminatedBy ?? null,
    terminatedOn: doc.termination?.terminatedOn ?? null,
    recordedBy: doc.recordedBy,
    recordedOn: doc.recordedOn,
    amendmentCount: doc.amendmentCount,
    amendedBy: doc.amendedBy ?? null,
    amendedOn: doc.amendedOn ?? null,
  };
}

/** Agreements as views on a date, those of one status when asked. */
export const agreementViewsOn = (docs: readonly AgreementDoc[], asOf: string, status?: string): AgreementView[] =>
  docs.map((doc) => agreementView(doc, asOf)).filter((view) => status === undefined || view.status === status);

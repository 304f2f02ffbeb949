import type { AgreementValidity, CommitmentKind, NetworkField } from '@tn/network-contracts';

/** A commitment as recorded: trimmed texts, a quantity above 0. */
export interface Commitment {
  commitmentId: string;
  kind: CommitmentKind;
  description: string;
  quantity: number;
  measure: string;
}

/**
 * A signed agreement. `ownerUnitId` is its lead unit (whose managers amend and terminate it; the
 * authoriser reads it). A terminated one keeps its terms and says from which day it ended; as an
 * `AgreementValidity` it goes straight into `agreementStatusOn` and `agreementCoversDates`.
 */
export interface SignedAgreement extends AgreementValidity {
  status: 'signed' | 'terminated';
  agreementId: string;
  partnerId: string;
  title: string;
  scope: string;
  fields: readonly NetworkField[];
  ownerUnitId: string;
  leadUnitId: string;
  partyUnitIds: readonly string[];
  signedOn: string;
  commitments: readonly Commitment[];
  termination?: { on: string; reason: string };
}

export type AgreementState = { status: 'none' } | SignedAgreement;

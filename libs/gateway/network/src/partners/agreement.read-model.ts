import { agreementEventTypes, type CommitmentKind, type NetworkField } from '@tn/network-contracts';
import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import type { EnvelopeOf, EventsOf } from '@tn/shared-event-contracts';

export const AGREEMENTS_COLLECTION = 'gw_network_agreements';

export interface AgreementCommitmentDoc {
  commitmentId: string;
  kind: CommitmentKind;
  description: string;
  quantity: number;
  measure: string;
}

/**
 * One agreement with its current terms (the gateway's agreement read model). Its status is not
 * stored: it depends on the date asked about (`agreementStatusOn` over validity and termination).
 */
export interface AgreementDoc {
  agreementId: string;
  partnerId: string;
  title: string;
  scope: string;
  fields: NetworkField[];
  leadUnitId: string;
  partyUnitIds: string[];
  /** The lead, then the parties: one indexed equality (containment in the array) finds a unit's agreements. */
  unitIds: string[];
  signedOn: string;
  validFrom: string;
  validTo: string;
  commitments: AgreementCommitmentDoc[];
  /** 'signed' until terminated (whatever the date: see agreementStatusOn). */
  state: 'signed' | 'terminated';
  termination?: { on: string; reason: string; terminatedBy: string; terminatedOn: string };
  recordedBy: string;
  recordedOn: string;
  amendmentCount: number;
  amendedBy?: string;
  amendedOn?: string;
}

type AgreementEnvelope = EnvelopeOf<EventsOf<typeof agreementEventTypes>>;

/** Pure: the agreement document after one of its stream's events. */
export function evolveAgreementDoc(doc: AgreementDoc | null, event: AgreementEnvelope): AgreementDoc {
  if (event.type === 'AgreementSigned') {
    const { agreementId, partnerId, title, scope, fields, leadUnitId, partyUnitIds, signedOn, validFrom, validTo, commitments, recordedBy, recordedOn } =
      event.data;
    return {
      agreementId,
      partnerId,
      title,
      scope,
      fields: [...fields],
      leadUnitId,
      partyUnitIds: [...partyUnitIds],
      unitIds: [...new Set([leadUnitId, ...partyUnitIds])],
      signedOn,
      validFrom,
      validTo,
      commitments: commitments.map(({ commitmentId, kind, description, quantity, measure }) => ({ commitmentId, kind, description, quantity, measure })),
      state: 'signed',
      recordedBy,
      recordedOn,
      amendmentCount: 0,
    };
  }
  if (!doc) throw new Error(`${event.type} for an agreement the read model does not know`);
  switch (event.type) {
    case 'AgreementAmended': {
      const { validTo, scope, commitments, amendedBy, amendedOn } = event.data;
      return {
        ...doc,
        validTo,
        scope,
        commitments: commitments.map(({ commitmentId, kind, description, quantity, measure }) => ({ commitmentId, kind, description, quantity, measure })),
        amendmentCount: doc.amendmentCount + 1,
        amendedBy,
        amendedOn,
      };
    }
    case 'AgreementTerminated': {
      const { on, reason, terminatedBy, terminatedOn } = event.data;
      return { ...doc, state: 'terminated', termination: { on, reason, terminatedBy, terminatedOn } };
    }
    default:
      return assertNever(event);
  }
}

/**
 * One document per agreement stream. A unit's agreements (as lead or party) are one equality on
 * the indexed `unitIds` array (containment, which the store serves from its GIN index: ADR 0017),
 * a partner's one equality on `partnerId`: no document per party is needed, and an agreement's
 * parties never change after signing.
 */
export const agreementProjection = projectionOver(agreementEventTypes, {
  name: 'gateway-network-agreements',
  collection: AGREEMENTS_COLLECTION,
  documentId: (event) => event.data.agreementId,
  evolve: evolveAgreementDoc,
  // PartnerReads.agreementsOfUnit ({ unitIds }) and PartnerReads.agreementsOfPartner ({ partnerId }).
  indexes: [{ unitIds: 1 }, { partnerId: 1 }],
});

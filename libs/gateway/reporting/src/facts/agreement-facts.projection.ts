import { agreementEventTypes } from '@tn/network-contracts';
import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import type { EnvelopeOf, EventsOf } from '@tn/shared-event-contracts';
import type { AgreementFactDoc } from './fact-docs';

export const REPORTING_AGREEMENTS_COLLECTION = 'gw_reporting_agreements';

type AgreementEvent = EnvelopeOf<EventsOf<typeof agreementEventTypes>>;

/** Pure: the agreement's parties and validity after one of its stream's events. */
export function evolveAgreementFacts(doc: AgreementFactDoc | null, event: AgreementEvent): AgreementFactDoc {
  if (event.type === 'AgreementSigned') {
    const { agreementId, partnerId, leadUnitId, partyUnitIds, validFrom, validTo } = event.data;
    return {
      agreementId,
      partnerId,
      leadUnitId,
      partyUnitIds: [...partyUnitIds],
      validFrom,
      validTo,
      unitIds: [...new Set([leadUnitId, ...partyUnitIds])].sort(),
    };
  }
  if (!doc) throw new Error(`${event.type} for an agreement the facts do not know`);
  switch (event.type) {
    case 'AgreementAmended':
      return { ...doc, validTo: event.data.validTo };
    // In force until the day before `on` (`terminatedOn` is only when it was recorded).
    case 'AgreementTerminated':
      return { ...doc, termination: { on: event.data.on } };
    default:
      return assertNever(event);
  }
}

/** One document per agreement (its whole stream). */
export const agreementFactsProjection = projectionOver(agreementEventTypes, {
  name: 'gateway-reporting-agreements',
  collection: REPORTING_AGREEMENTS_COLLECTION,
  documentId: (event) => event.data.agreementId,
  evolve: evolveAgreementFacts,
  // The engine: the agreements binding a unit ({ unitIds }, one query per unit).
  indexes: [{ unitIds: 1 }],
});

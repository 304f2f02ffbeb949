import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import type { EnvelopeOf, EventsOf } from '@tn/shared-event-contracts';
import { qualificationKindEventTypes } from '@tn/training-contracts';
import type { QualificationKindFactDoc } from './fact-docs';

export const REPORTING_QUALIFICATION_KINDS_COLLECTION = 'gw_reporting_qualification_kinds';

type QualificationKindEvent = EnvelopeOf<EventsOf<typeof qualificationKindEventTypes>>;

/**
 * Pure: the kind's blanket extensions after one of its stream's events. Its terms are not kept:
 * each record carries the terms it was granted under, so only the extensions move an expiry.
 */
export function evolveQualificationKindFacts(doc: QualificationKindFactDoc | null, event: QualificationKindEvent): QualificationKindFactDoc {
  const current = doc ?? { kindId: event.data.kindId, extensions: [] };
  switch (event.type) {
    case 'QualificationKindDefined':
    case 'QualificationKindRevised':
      return current;
    case 'QualificationValidityExtended': {
      const { kindId, extensionId, expiringFrom, expiringTo, extendByMonths, extendedOn } = event.data;
      if (current.extensions.some((extension) => extension.extensionId === extensionId)) return current;
      return { ...current, extensions: [...current.extensions, { kindId, extensionId, expiringFrom, expiringTo, extendByMonths, extendedOn }] };
    }
    default:
      return assertNever(event);
  }
}

/**
 * One document per kind, fed by its whole stream in order (the extensions apply in the order
 * declared, so none may be applied past a gap).
 */
export const qualificationKindFactsProjection = projectionOver(qualificationKindEventTypes, {
  name: 'gateway-reporting-qualification-kinds',
  collection: REPORTING_QUALIFICATION_KINDS_COLLECTION,
  documentId: (event) => event.data.kindId,
  evolve: evolveQualificationKindFacts,
  // Read by `_id` (the kinds the holders' records name): no other index.
});

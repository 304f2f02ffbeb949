import { qualificationKindEventTypes, type ValidityExtension } from '@tn/training-contracts';
import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import type { EnvelopeOf, EventsOf } from '@tn/shared-event-contracts';

export const QUALIFICATION_KINDS_COLLECTION = 'gw_training_qualification_kinds';

/** A blanket extension as declared: what the status arithmetic needs, and why and by whom. */
export interface KindExtensionDoc extends ValidityExtension {
  reason: string;
  extendedBy: string;
}

/** One qualification kind: its current terms (records keep the terms they were granted under) and its extensions. */
export interface QualificationKindDoc {
  kindId: string;
  name: string;
  ownerUnitId: string;
  validityYears: number;
  renewalWindowMonths: number;
  grantingCurriculumIds: string[];
  renewingCurriculumIds: string[];
  prerequisiteKindIds: string[];
  isTrainerQualification: boolean;
  leadingRenews: boolean;
  /** 1 when defined, then each revision's number. */
  revision: number;
  definedOn: string;
  revisedOn?: string;
  /** In the order they were declared: `effectiveValidUntil` applies them in that order. */
  extensions: KindExtensionDoc[];
}

type KindEvent = EnvelopeOf<EventsOf<typeof qualificationKindEventTypes>>;
type TermsData = Extract<KindEvent, { type: 'QualificationKindDefined' | 'QualificationKindRevised' }>['data'];

const termsOf = (data: TermsData) => ({
  kindId: data.kindId,
  name: data.name,
  ownerUnitId: data.ownerUnitId,
  validityYears: data.validityYears,
  renewalWindowMonths: data.renewalWindowMonths,
  grantingCurriculumIds: [...data.grantingCurriculumIds],
  renewingCurriculumIds: [...data.renewingCurriculumIds],
  prerequisiteKindIds: [...data.prerequisiteKindIds],
  isTrainerQualification: data.isTrainerQualification,
  leadingRenews: data.leadingRenews,
});

/** Pure: the kind after one event of its stream. */
export function evolveQualificationKind(doc: QualificationKindDoc | null, event: KindEvent): QualificationKindDoc {
  if (event.type === 'QualificationKindDefined') return { ...termsOf(event.data), revision: 1, definedOn: event.data.definedOn, extensions: [] };
  if (!doc) throw new Error(`${event.type} for a qualification kind the read model does not know`);
  switch (event.type) {
    case 'QualificationKindRevised':
      return { ...doc, ...termsOf(event.data), revision: event.data.revision, revisedOn: event.data.revisedOn };
    case 'QualificationValidityExtended': {
      const { kindId, extensionId, expiringFrom, expiringTo, extendByMonths, extendedOn, reason, extendedBy } = event.data;
      const extension = { kindId, extensionId, expiringFrom, expiringTo, extendByMonths, extendedOn, reason, extendedBy };
      return { ...doc, extensions: [...doc.extensions.filter((each) => each.extensionId !== extensionId), extension] };
    }
    default:
      return assertNever(event);
  }
}

/**
 * One document per kind stream. Read by `_id`, by owner unit, and whole by `qualificationKinds`
 * without an owner: kinds are a short national list (dozens), like the campaigns' output measures.
 */
export const qualificationKindProjection = projectionOver(qualificationKindEventTypes, {
  name: 'gateway-training-qualification-kinds',
  collection: QUALIFICATION_KINDS_COLLECTION,
  documentId: (event) => event.data.kindId,
  evolve: evolveQualificationKind,
  // QualificationReads.allKinds of an owner unit ({ ownerUnitId }).
  indexes: [{ ownerUnitId: 1 }],
});

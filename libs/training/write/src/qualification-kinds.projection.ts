import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import { qualificationKindEventTypes } from '@tn/training-contracts';

/** What finding kinds by curriculum needs of a kind; its terms proper are read from its stream. */
export interface QualificationKindEntry {
  kindId: string;
  grantingCurriculumIds: string[];
  renewingCurriculumIds: string[];
  isTrainerQualification: boolean;
  leadingRenews: boolean;
}

/** The names the projection is stored under: they point at documents and offsets, so they stay (raise the version to rebuild). */
export const QUALIFICATION_KINDS_PROJECTION = {
  name: 'training-qualification-kinds',
  collection: 'training_qualification_kinds_v1',
  groupSuffix: 'training-qualification-kinds-v1',
} as const;

/**
 * The qualification kinds the service knows, one document per kind (a few dozen in all), kept
 * from the kind events on the service's own topic: the course route finds a course's
 * prerequisites by its curriculum, and the completion reactor the kinds a completed course
 * grants or renews, without reading every stream of the store.
 */
export const qualificationKindsProjection = projectionOver(qualificationKindEventTypes, {
  name: QUALIFICATION_KINDS_PROJECTION.name,
  collection: QUALIFICATION_KINDS_PROJECTION.collection,
  documentId: (event) => event.data.kindId,
  evolve: (entry: QualificationKindEntry | null, event): QualificationKindEntry | null => {
    switch (event.type) {
      case 'QualificationKindDefined':
      case 'QualificationKindRevised': {
        const { kindId, grantingCurriculumIds, renewingCurriculumIds, isTrainerQualification, leadingRenews } = event.data;
        return { kindId, grantingCurriculumIds, renewingCurriculumIds, isTrainerQualification, leadingRenews };
      }
      // A blanket extension moves expiries, not curricula.
      case 'QualificationValidityExtended':
        return entry;
      default:
        return assertNever(event);
    }
  },
});

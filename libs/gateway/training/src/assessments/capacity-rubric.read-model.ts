import { type CapacityRubricLevel, type CapacityScale, type CapacitySubjectKind, capacityRubricEventTypes, normalisedWeights } from '@tn/training-contracts';
import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import type { EnvelopeOf, EventsOf } from '@tn/shared-event-contracts';

export const CAPACITY_RUBRICS_COLLECTION = 'gw_training_capacity_rubrics';

/** A criterion with its relative weight and its share of the version's total weight (the shares add up to 1). */
export interface RubricCriterionDoc {
  criterionId: string;
  title: string;
  weight: number;
  share: number;
}

/** One version of a rubric as defined or revised (versions never change). */
export interface RubricVersionDoc {
  version: number;
  title: string;
  scale: CapacityScale;
  criteria: RubricCriterionDoc[];
  by: string;
  on: string;
}

/** One capacity rubric with every version (the gateway's rubric read model). */
export interface CapacityRubricDoc {
  rubricId: string;
  ownerUnitId: string;
  subjectKind: CapacitySubjectKind;
  level: CapacityRubricLevel;
  /** The current (highest) version and its title. */
  currentVersion: number;
  title: string;
  /** Oldest first. */
  versions: RubricVersionDoc[];
  /** Kept with the document so a list shows it without reading the versions. */
  versionCount: number;
  definedBy: string;
  definedOn: string;
}

type CapacityRubricEvent = EnvelopeOf<EventsOf<typeof capacityRubricEventTypes>>;

function versionOf(
  data: { version: number; title: string; scale: CapacityScale; criteria: readonly { criterionId: string; title: string; weight: number }[] },
  by: string,
  on: string,
): RubricVersionDoc {
  const shares = new Map(normalisedWeights(data.criteria).map(({ criterionId, share }) => [criterionId, share]));
  const criteria = data.criteria.map(({ criterionId, title, weight }) => ({ criterionId, title, weight, share: shares.get(criterionId) ?? 0 }));
  return { version: data.version, title: data.title, scale: { min: data.scale.min, max: data.scale.max }, criteria, by, on };
}

function withVersion(doc: CapacityRubricDoc, version: RubricVersionDoc): CapacityRubricDoc {
  const versions = [...doc.versions.filter((held) => held.version !== version.version), version].sort((a, b) => a.version - b.version);
  // The highest version is the current one (never below the one just added).
  const current = versions.at(-1) ?? version;
  return { ...doc, versions, versionCount: versions.length, currentVersion: current.version, title: current.title };
}

/** Pure: the rubric document after one of its stream's events. */
export function evolveCapacityRubric(doc: CapacityRubricDoc | null, event: CapacityRubricEvent): CapacityRubricDoc {
  switch (event.type) {
    case 'CapacityRubricDefined': {
      const { rubricId, ownerUnitId, subjectKind, level, definedBy, definedOn } = event.data;
      const first = versionOf(event.data, definedBy, definedOn);
      return {
        rubricId,
        ownerUnitId,
        subjectKind,
        level,
        currentVersion: first.version,
        title: first.title,
        versions: [first],
        versionCount: 1,
        definedBy,
        definedOn,
      };
    }
    case 'CapacityRubricRevised':
      if (!doc) throw new Error(`${event.type} for a rubric the read model does not know`);
      return withVersion(doc, versionOf(event.data, event.data.revisedBy, event.data.revisedOn));
    default:
      return assertNever(event);
  }
}

/** One document per rubric stream, its versions inside. */
export const capacityRubricProjection = projectionOver(capacityRubricEventTypes, {
  name: 'gateway-training-capacity-rubrics',
  collection: CAPACITY_RUBRICS_COLLECTION,
  documentId: (event) => event.data.rubricId,
  evolve: evolveCapacityRubric,
  // AssessmentsDirectory.rubrics: an owner's rubrics ({ ownerUnitId }), or every rubric for a level ({ level }).
  indexes: [{ ownerUnitId: 1 }, { level: 1 }],
});

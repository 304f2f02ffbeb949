import { type CurriculumTargetGroup, type MaterialKind, type MaterialStatus, materialEventTypes } from '@tn/training-contracts';
import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import type { EnvelopeOf, EventsOf } from '@tn/shared-event-contracts';

export const MATERIALS_COLLECTION = 'gw_training_materials';

/** A version as added (never changed afterwards), with its approval once given. */
export interface MaterialVersionDoc {
  version: number;
  url: string;
  sha256: string;
  note: string;
  addedBy: string;
  addedOn: string;
  approvedBy?: string;
  approvedOn?: string;
}

/** One material or handbook with every version (the gateway's material read model). */
export interface MaterialDoc {
  materialId: string;
  title: string;
  kind: MaterialKind;
  curriculumId?: string;
  targetGroups: CurriculumTargetGroup[];
  ownerUnitId: string;
  status: MaterialStatus;
  /** In version order. */
  versions: MaterialVersionDoc[];
  /** Kept with the document so a list shows them without reading the versions. */
  versionCount: number;
  approvedVersionCount: number;
  /** The highest approved version: what a new course would take. */
  latestApprovedVersion?: number;
  registeredBy: string;
  registeredOn: string;
  retiredBy?: string;
  retiredOn?: string;
  retireReason?: string;
}

type MaterialEvent = EnvelopeOf<EventsOf<typeof materialEventTypes>>;

function withVersions(doc: MaterialDoc, versions: readonly MaterialVersionDoc[]): MaterialDoc {
  const ordered = [...versions].sort((a, b) => a.version - b.version);
  const approved = ordered.filter((version) => version.approvedOn !== undefined);
  const latestApproved = approved.at(-1);
  // Approvals are never withdrawn, so a document that had an approved version keeps one.
  return {
    ...doc,
    versions: ordered,
    versionCount: ordered.length,
    approvedVersionCount: approved.length,
    ...(latestApproved ? { latestApprovedVersion: latestApproved.version } : {}),
  };
}

/** Pure: the material document after one of its stream's events. */
export function evolveMaterial(doc: MaterialDoc | null, event: MaterialEvent): MaterialDoc {
  if (event.type === 'MaterialRegistered') {
    const { materialId, title, kind, curriculumId, targetGroups, ownerUnitId, registeredBy, registeredOn } = event.data;
    return {
      materialId,
      title,
      kind,
      ...(curriculumId ? { curriculumId } : {}),
      targetGroups: [...targetGroups],
      ownerUnitId,
      status: 'registered',
      versions: [],
      versionCount: 0,
      approvedVersionCount: 0,
      registeredBy,
      registeredOn,
    };
  }
  if (!doc) throw new Error(`${event.type} for a material the read model does not know`);
  switch (event.type) {
    case 'MaterialVersionAdded': {
      const { version, url, sha256, note, addedBy, addedOn } = event.data;
      // Versions never change: a repeat of one already held keeps it (and its approval).
      if (doc.versions.some((held) => held.version === version)) return doc;
      return withVersions(doc, [...doc.versions, { version, url, sha256, note, addedBy, addedOn }]);
    }
    case 'MaterialVersionApproved': {
      const { version, approvedBy, approvedOn } = event.data;
      return withVersions(
        doc,
        doc.versions.map((held) => (held.version === version ? { ...held, approvedBy, approvedOn } : held)),
      );
    }
    case 'MaterialRetired': {
      const { reason, retiredBy, retiredOn } = event.data;
      return { ...doc, status: 'retired', retiredBy, retiredOn, ...(reason?.trim() ? { retireReason: reason } : {}) };
    }
    default:
      return assertNever(event);
  }
}

/** One document per material stream, its versions inside (a material has a handful). */
export const materialProjection = projectionOver(materialEventTypes, {
  name: 'gateway-training-materials',
  collection: MATERIALS_COLLECTION,
  documentId: (event) => event.data.materialId,
  evolve: evolveMaterial,
  // CatalogueDirectory.materials: an owner's ({ ownerUnitId }), a curriculum's ({ curriculumId }), or every one of a status ({ status }).
  indexes: [{ ownerUnitId: 1 }, { curriculumId: 1 }, { status: 1 }],
});

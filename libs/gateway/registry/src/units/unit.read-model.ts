import { hierarchyEventTypes } from '@tn/registry-contracts';
import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import type { EnvelopeOf, EventsOf } from '@tn/shared-event-contracts';

export const UNITS_COLLECTION = 'gw_registry_units';
/** Root units are indexed under this parent key (null cannot be searched in an array the same way everywhere). */
export const ROOT_PARENT = '(root)';

export interface UnitVersionDoc {
  from: string;
  nameVi: string;
  nameEn?: string;
  organisation: string;
  levelLabel: string;
  areaCode?: string;
  flags: { ethnicMinority: boolean; mountainous: boolean; border: boolean; island: boolean };
  parentId: string | null;
  status: 'active' | 'dissolved' | 'merged' | 'split';
  successorIds?: string[];
}

/** One unit with its whole effective-dated history (the gateway's unit read model). */
export interface UnitDoc {
  unitId: string;
  versions: UnitVersionDoc[];
  /** Every parent it ever had: narrows "children of X as of D" to a few candidates. */
  parentKeys: string[];
  /** Units merged or split into this one, with the date: their cadres and volunteers count here from then on. */
  predecessors: { unitId: string; from: string }[];
  createdOn: string;
}

export function versionOn(doc: Pick<UnitDoc, 'versions'>, date: string): UnitVersionDoc | undefined {
  let found: UnitVersionDoc | undefined;
  for (const version of doc.versions) {
    if (version.from <= date) found = version;
    else break;
  }
  return found;
}

/** Insert a version in date order; a version on the same date replaces the earlier one's fields. */
function withVersion(doc: UnitDoc, from: string, change: (base: UnitVersionDoc) => UnitVersionDoc): UnitDoc {
  const base = versionOn(doc, from) ?? doc.versions[0]!;
  const next = change({ ...base, from });
  const versions = [...doc.versions.filter((v) => v.from !== from), next].sort((a, b) => a.from.localeCompare(b.from));
  return refreshIndexes({ ...doc, versions });
}

function refreshIndexes(doc: UnitDoc): UnitDoc {
  return { ...doc, parentKeys: [...new Set(doc.versions.map((v) => v.parentId ?? ROOT_PARENT))] };
}

/** An event of the hierarchy's stream, its data as the registry's message schema declares it. */
export type HierarchyEnvelope = EnvelopeOf<EventsOf<typeof hierarchyEventTypes>>;
type DataOf<Type extends HierarchyEnvelope['type']> = Extract<HierarchyEnvelope, { type: Type }>['data'];

function created(data: DataOf<'UnitCreated'>): UnitDoc {
  const version: UnitVersionDoc = {
    from: data.effectiveFrom,
    nameVi: data.nameVi,
    ...(typeof data.nameEn === 'string' ? { nameEn: data.nameEn } : {}),
    organisation: data.organisation,
    levelLabel: data.levelLabel,
    ...(typeof data.areaCode === 'string' ? { areaCode: data.areaCode } : {}),
    flags: data.flags,
    parentId: typeof data.parentId === 'string' ? data.parentId : null,
    status: 'active',
  };
  return refreshIndexes({ unitId: data.unitId, versions: [version], parentKeys: [], predecessors: [], createdOn: version.from });
}

/** Pure: the unit document after one hierarchy event (the events are the registry's, already decided). */
export function evolveUnit(doc: UnitDoc | null, event: HierarchyEnvelope): UnitDoc {
  if (event.type === 'UnitCreated') return created(event.data);
  if (!doc) throw new Error(`${event.type} for a unit the read model does not know`);
  const from = event.data.effectiveFrom;
  switch (event.type) {
    case 'UnitRenamed': {
      const { nameVi, nameEn } = event.data;
      return withVersion(doc, from, (v) => ({ ...v, nameVi, ...(typeof nameEn === 'string' ? { nameEn } : {}) }));
    }
    case 'UnitMoved': {
      const { toParentId } = event.data;
      return withVersion(doc, from, (v) => ({ ...v, parentId: toParentId }));
    }
    case 'UnitDissolved':
      return withVersion(doc, from, (v) => ({ ...v, status: 'dissolved' }));
    case 'UnitsMerged': {
      const { successorUnitId: successor, sourceUnitIds: sources } = event.data;
      if (doc.unitId === successor) {
        return { ...doc, predecessors: [...doc.predecessors.filter((p) => !sources.includes(p.unitId)), ...sources.map((unitId) => ({ unitId, from }))] };
      }
      return withVersion(doc, from, (v) => ({ ...v, status: 'merged', successorIds: [successor] }));
    }
    case 'UnitSplit': {
      const { unitId, successorUnitIds: successors } = event.data;
      if (doc.unitId === unitId) return withVersion(doc, from, (v) => ({ ...v, status: 'split', successorIds: successors }));
      return { ...doc, predecessors: [...doc.predecessors, { unitId, from }] };
    }
    default:
      return assertNever(event);
  }
}

/** The units a hierarchy event changes: a merge or split touches every unit it names. */
export function unitsChangedBy(event: HierarchyEnvelope): string | string[] {
  if (event.type === 'UnitsMerged') return [...event.data.sourceUnitIds, event.data.successorUnitId];
  if (event.type === 'UnitSplit') return [event.data.unitId, ...event.data.successorUnitIds];
  return event.data.unitId;
}

/** The unit read model: one document per unit (its search has one of its own, unit-search.read-model). */
export const unitProjection = projectionOver(hierarchyEventTypes, {
  name: 'gateway-units',
  collection: UNITS_COLLECTION,
  // The hierarchy is one stream and a unit sees only its own events of it.
  contiguous: false,
  documentId: unitsChangedBy,
  evolve: evolveUnit,
  // UnitDirectory.childrenOf: the children of a parent with many ({ parentKeys }).
  indexes: [{ parentKeys: 1 }],
});

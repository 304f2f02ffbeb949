import { type CurriculumStatus, type CurriculumTargetGroup, curriculumEventTypes } from '@tn/training-contracts';
import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import type { EnvelopeOf, EventsOf } from '@tn/shared-event-contracts';

export const CURRICULA_COLLECTION = 'gw_training_curricula';

export interface CurriculumModuleDoc {
  moduleId: string;
  title: string;
  hours: number;
  outcomes: string[];
}

/** Who wrote a revision of the content, and when (revision 1 is the definition). */
export interface CurriculumRevisionDoc {
  revision: number;
  by: string;
  on: string;
}

/** One curriculum with its current content (the gateway's curriculum read model). */
export interface CurriculumDoc {
  curriculumId: string;
  title: string;
  targetGroup: CurriculumTargetGroup;
  ownerUnitId: string;
  status: CurriculumStatus;
  /** The current revision (1 when defined). */
  revision: number;
  modules: CurriculumModuleDoc[];
  /** Kept with the document so a list shows them without adding up modules. */
  moduleCount: number;
  totalHours: number;
  /** Every revision's author and date, oldest first. */
  revisions: CurriculumRevisionDoc[];
  definedBy: string;
  definedOn: string;
  retiredBy?: string;
  retiredOn?: string;
  retireReason?: string;
}

type CurriculumEvent = EnvelopeOf<EventsOf<typeof curriculumEventTypes>>;

/** Hours add up with two decimals: modules of 0.1 and 0.2 hours read 0.3, not 0.30000000000000004. */
const round2 = (value: number): number => Math.round(value * 100) / 100;

function withModules(doc: Omit<CurriculumDoc, 'modules' | 'moduleCount' | 'totalHours'>, modules: readonly CurriculumModuleDoc[]): CurriculumDoc {
  const copied = modules.map(({ moduleId, title, hours, outcomes }) => ({ moduleId, title, hours, outcomes: [...outcomes] }));
  return { ...doc, modules: copied, moduleCount: copied.length, totalHours: round2(copied.reduce((sum, module) => sum + module.hours, 0)) };
}

/** Pure: the curriculum document after one of its stream's events. */
export function evolveCurriculum(doc: CurriculumDoc | null, event: CurriculumEvent): CurriculumDoc {
  if (event.type === 'CurriculumDefined') {
    const { curriculumId, title, targetGroup, ownerUnitId, revision, modules, definedBy, definedOn } = event.data;
    const defined = { curriculumId, title, targetGroup, ownerUnitId, status: 'published' as const, revision, definedBy, definedOn };
    return withModules({ ...defined, revisions: [{ revision, by: definedBy, on: definedOn }] }, modules);
  }
  if (!doc) throw new Error(`${event.type} for a curriculum the read model does not know`);
  switch (event.type) {
    case 'CurriculumRevised': {
      const { revision, title, modules, revisedBy, revisedOn } = event.data;
      const revisions = [...doc.revisions.filter((r) => r.revision !== revision), { revision, by: revisedBy, on: revisedOn }];
      return withModules({ ...doc, title, revision: Math.max(doc.revision, revision), revisions }, modules);
    }
    case 'CurriculumRetired': {
      const { reason, retiredBy, retiredOn } = event.data;
      return { ...doc, status: 'retired', retiredBy, retiredOn, ...(reason?.trim() ? { retireReason: reason } : {}) };
    }
    default:
      return assertNever(event);
  }
}

/** One document per curriculum stream. */
export const curriculumProjection = projectionOver(curriculumEventTypes, {
  name: 'gateway-training-curricula',
  collection: CURRICULA_COLLECTION,
  documentId: (event) => event.data.curriculumId,
  evolve: evolveCurriculum,
  // CatalogueDirectory.curricula: an owner's curricula ({ ownerUnitId }), or every one of a status ({ status }).
  indexes: [{ ownerUnitId: 1 }, { status: 1 }],
});

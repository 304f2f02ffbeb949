import { assertNever } from '@tn/shared-decider';
import type { MaterialEvent } from './material.events';
import type { MaterialState } from './material.types';

export const initialMaterial = (): MaterialState => ({ status: 'none' });

export function evolveMaterial(state: MaterialState, event: MaterialEvent): MaterialState {
  if (event.type === 'MaterialRegistered') {
    const { materialId, title, kind, curriculumId, targetGroups, ownerUnitId } = event.data;
    const material = { status: 'registered' as const, materialId, title, kind, targetGroups, ownerUnitId, versions: [] };
    return curriculumId === undefined ? material : { ...material, curriculumId };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'MaterialVersionAdded': {
      const { version, url, sha256, note, addedBy, addedOn } = event.data;
      return { ...state, versions: [...state.versions, { version, url, sha256, note, addedBy, addedOn }] };
    }
    case 'MaterialVersionApproved': {
      const { version, approvedBy, approvedOn } = event.data;
      return { ...state, versions: state.versions.map((found) => (found.version === version ? { ...found, approval: { approvedBy, approvedOn } } : found)) };
    }
    case 'MaterialRetired':
      return { ...state, status: 'retired' };
    default:
      return assertNever(event);
  }
}

import { assertNever } from '@tn/shared-decider';
import { ownEntry } from './own-entry';
import type { ResultsEvent } from './results.events';
import type { ResultsState } from './results.types';

export const initialResults = (): ResultsState => ({ outputs: {}, resources: {} });

export function evolveResults(state: ResultsState, event: ResultsEvent): ResultsState {
  switch (event.type) {
    case 'ActivityOutputRecorded':
      return { ...state, outputs: { ...state.outputs, [event.data.outputId]: { record: event.data, withdrawn: false } } };
    case 'ActivityOutputWithdrawn': {
      const output = ownEntry(state.outputs, event.data.outputId);
      return output ? { ...state, outputs: { ...state.outputs, [event.data.outputId]: { ...output, withdrawn: true } } } : state;
    }
    case 'ResourceMobilised':
      return { ...state, resources: { ...state.resources, [event.data.resourceId]: { record: event.data, withdrawn: false } } };
    case 'ResourceMobilisationWithdrawn': {
      const resource = ownEntry(state.resources, event.data.resourceId);
      return resource ? { ...state, resources: { ...state.resources, [event.data.resourceId]: { ...resource, withdrawn: true } } } : state;
    }
    default:
      return assertNever(event);
  }
}

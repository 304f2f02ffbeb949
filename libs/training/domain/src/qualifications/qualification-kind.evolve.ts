import { assertNever } from '@tn/shared-decider';
import type { QualificationKindEvent } from './qualification-kind.events';
import { type QualificationKindState, termsOf } from './qualification-kind.types';

export const initialQualificationKind = (): QualificationKindState => ({ status: 'none' });

export function evolveQualificationKind(state: QualificationKindState, event: QualificationKindEvent): QualificationKindState {
  switch (event.type) {
    case 'QualificationKindDefined':
      return { status: 'defined', kindId: event.data.kindId, ...termsOf(event.data), revision: 1, extensions: [] };
    case 'QualificationKindRevised':
      return state.status === 'defined' ? { ...state, ...termsOf(event.data), revision: event.data.revision } : state;
    case 'QualificationValidityExtended': {
      if (state.status !== 'defined') return state;
      const { kindId, extensionId, expiringFrom, expiringTo, extendByMonths, extendedOn } = event.data;
      return { ...state, extensions: [...state.extensions, { kindId, extensionId, expiringFrom, expiringTo, extendByMonths, extendedOn }] };
    }
    default:
      return assertNever(event);
  }
}

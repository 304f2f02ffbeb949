import { assertNever } from '@tn/shared-decider';
import type { DeclaredValueEvent } from './declared-value.events';
import type { DeclaredValueState } from './declared-value.types';

export const initialDeclaredValue = (): DeclaredValueState => ({ declarations: 0 });

/** The latest declaration stands; the stream keeps the earlier ones. */
export function evolveDeclaredValue(state: DeclaredValueState, event: DeclaredValueEvent): DeclaredValueState {
  switch (event.type) {
    case 'ValueDeclared': {
      const { value, note } = event.data;
      return { declarations: state.declarations + 1, value, ...(note !== undefined ? { note } : {}) };
    }
    default:
      return assertNever(event.type);
  }
}

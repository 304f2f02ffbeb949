import { assertNever } from '@tn/shared-decider';
import type { CadreEvent } from './cadre.events';
import type { CadrePosition, CadreState } from './cadre.types';

export const initialCadre = (): CadreState => ({ registered: false, positions: {} });

function withPosition(state: CadreState, positionId: string, change: (position: CadrePosition) => CadrePosition): CadreState {
  const position = state.positions[positionId];
  if (!position) return state;
  return { ...state, positions: { ...state.positions, [positionId]: change(position) } };
}

/** Personal values (name, contacts) never reach the state, so erased events fold like any other. */
export function evolveCadre(state: CadreState, event: CadreEvent): CadreState {
  switch (event.type) {
    case 'CadreRegistered':
      return { ...state, registered: true, ...(event.data.registeringUnitId === undefined ? {} : { registeringUnitId: event.data.registeringUnitId }) };
    case 'CadreAppointed': {
      const { positionId, unitId, title, dedicatedToVolunteerWork, termStart, termEnd } = event.data;
      const position: CadrePosition = {
        unitId,
        title,
        dedicatedToVolunteerWork,
        termStart,
        ...(termEnd === undefined ? {} : { termEnd }),
        lastChange: termStart,
      };
      return { ...state, positions: { ...state.positions, [positionId]: position } };
    }
    case 'CadreTransferred':
      return withPosition(state, event.data.positionId, (position) => ({
        ...position,
        unitId: event.data.toUnitId,
        lastChange: event.data.effectiveFrom,
      }));
    case 'CadreTermEnded':
      return withPosition(state, event.data.positionId, (position) => ({
        ...position,
        endedOn: event.data.endedOn,
        lastChange: event.data.endedOn,
      }));
    default:
      return assertNever(event);
  }
}

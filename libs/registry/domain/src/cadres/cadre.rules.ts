import { illegalStateAt, notFoundError, validationError } from '../common/errors';
import type { CadrePosition, CadreState } from './cadre.types';
import { looksLikeEmail, looksLikePhone } from './person.rules';

export function requireRegistered(state: CadreState, cadreId: string): void {
  if (!state.registered) throw notFoundError('CADRE.NOT_FOUND', `cadre ${cadreId} is not registered`, { cadreId, field: 'cadreId' });
}

export function requireContacts(email: string | undefined, phone: string | undefined): void {
  if (email !== undefined && !looksLikeEmail(email)) throw validationError('CADRE.EMAIL_INVALID', 'email', 'not an e-mail address');
  if (phone !== undefined && !looksLikePhone(phone)) throw validationError('CADRE.PHONE_INVALID', 'phone', 'not a phone number');
}

export function requireUnitActive(unitActive: boolean, unitId: string, date: string, field: string): void {
  if (unitActive !== true) {
    throw validationError('CADRE.UNIT_NOT_ACTIVE', field, `unit ${unitId} is not active on ${date}`, { unitId, date });
  }
}

/** A position that exists and has not ended. */
export function requireOpenPosition(state: CadreState, positionId: string): CadrePosition {
  const position = state.positions[positionId];
  if (!position) {
    throw notFoundError('CADRE.POSITION_NOT_FOUND', `position ${positionId} does not exist`, { positionId, field: 'positionId' });
  }
  if (position.endedOn !== undefined) {
    throw illegalStateAt('CADRE.POSITION_ENDED', 'positionId', `position ${positionId} ended on ${position.endedOn}`, {
      positionId,
      endedOn: position.endedOn,
    });
  }
  return position;
}

/** A position's changes are recorded in date order: nothing may be dated before its latest change. */
export function requireInDateOrder(position: CadrePosition, positionId: string, date: string, field: string): void {
  if (date < position.lastChange) {
    throw validationError('CADRE.OUT_OF_ORDER', field, `position ${positionId} already has a change dated ${position.lastChange}`, {
      positionId,
      lastChange: position.lastChange,
    });
  }
}

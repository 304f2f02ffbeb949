import type { RegistryErrorCode, UnitProfileGiven } from '@tn/registry-contracts';
import { illegalStateError, notFoundError, validationError } from '../common/errors';
import { ancestorsAsOf, changeDatesFrom, childrenAsOf, isActiveOn, lastChangeOf, versionAsOf } from './hierarchy.queries';
import { type HierarchyState, ORGANISATIONS, type UnitProfile } from './hierarchy.types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function requireDate(value: string, field = 'effectiveFrom'): void {
  const match = ISO_DATE.exec(value ?? '');
  const date = match ? new Date(`${value}T00:00:00Z`) : undefined;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw validationError('UNIT.BAD_DATE', field, `"${String(value)}" is not a date (YYYY-MM-DD)`, { value });
  }
}

/** A unit's profile from the fields a command gives: an absent area flag is false. */
export function profileOf({ nameVi, nameEn, organisation, levelLabel, areaCode, flags = {} }: UnitProfileGiven): UnitProfile {
  return {
    nameVi,
    ...(nameEn === undefined ? {} : { nameEn }),
    organisation,
    levelLabel,
    ...(areaCode === undefined ? {} : { areaCode }),
    flags: {
      ethnicMinority: flags.ethnicMinority === true,
      mountainous: flags.mountainous === true,
      border: flags.border === true,
      island: flags.island === true,
    },
  };
}

export function requireProfile(profile: UnitProfile, fieldPrefix = ''): void {
  if (!profile?.nameVi?.trim()) throw validationError('UNIT.NAME_REQUIRED', `${fieldPrefix}nameVi`, 'a Vietnamese name is required');
  if (!ORGANISATIONS.includes(profile.organisation)) {
    throw validationError('UNIT.BAD_ORGANISATION', `${fieldPrefix}organisation`, `organisation must be one of ${ORGANISATIONS.join(', ')}`);
  }
  if (!profile.levelLabel?.trim()) throw validationError('UNIT.LEVEL_REQUIRED', `${fieldPrefix}levelLabel`, 'a level label is required');
}

export function requireUnit(state: HierarchyState, unitId: string, field = 'unitId') {
  const unit = state.units[unitId];
  if (!unit) throw notFoundError('UNIT.NOT_FOUND', `unit ${unitId} does not exist`, { unitId, field });
  return unit;
}

export function requireNewUnit(state: HierarchyState, unitId: string, field = 'unitId'): void {
  if (!unitId?.trim()) throw validationError('UNIT.ID_REQUIRED', field, 'a unit id is required');
  if (state.units[unitId]) throw illegalStateError('UNIT.ALREADY_EXISTS', `unit ${unitId} already exists`, { unitId });
}

/** A unit's changes are recorded in date order: nothing may be dated before its latest change. */
export function requireInDateOrder(state: HierarchyState, unitId: string, effectiveFrom: string): void {
  const last = lastChangeOf(requireUnit(state, unitId));
  if (effectiveFrom < last) {
    throw validationError('UNIT.OUT_OF_DATE_ORDER', 'effectiveFrom', `unit ${unitId} already has a change dated ${last}`, {
      unitId,
      lastChange: last,
    });
  }
}

export function requireActiveOn(state: HierarchyState, unitId: string, date: string, code: RegistryErrorCode, field: string): void {
  requireUnit(state, unitId, field);
  if (!isActiveOn(state, unitId, date)) {
    throw illegalStateError(code, `unit ${unitId} is not active on ${date}`, { unitId, date, field });
  }
}

/** After the change, on every later date: the unit is not its own ancestor, and its parent is active. */
export function requireSoundPlacement(next: HierarchyState, unitId: string, from: string): void {
  for (const date of changeDatesFrom(next, from)) {
    const version = versionAsOf(next.units[unitId], date);
    if (version?.status !== 'active') continue;
    if (ancestorsAsOf(next, unitId, date).includes(unitId)) {
      throw validationError('UNIT.CYCLE', 'parentId', `unit ${unitId} would become its own ancestor on ${date}`, { unitId, date });
    }
    if (version.parentId !== null && !isActiveOn(next, version.parentId, date)) {
      throw illegalStateError('UNIT.PARENT_NOT_ACTIVE', `parent ${version.parentId} is not active on ${date}`, {
        unitId,
        parentId: version.parentId,
        date,
        field: 'parentId',
      });
    }
  }
}

/** After the change, nothing hangs under the (ended) unit on any later date. */
export function requireNoChildrenLeft(next: HierarchyState, unitId: string, from: string): void {
  for (const date of changeDatesFrom(next, from)) {
    const children = childrenAsOf(next, unitId, date);
    if (children.length > 0) {
      throw illegalStateError('UNIT.HAS_ACTIVE_CHILDREN', `unit ${unitId} still has active units under it on ${date}`, {
        unitId,
        children,
        date,
      });
    }
  }
}

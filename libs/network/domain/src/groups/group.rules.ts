import {
  GROUP_KINDS,
  GROUP_LEADERS_MAX,
  GROUP_ORIGINS,
  GROUP_SIZE_MAX,
  type GroupKind,
  type GroupOrigin,
  NETWORK_FIELDS,
  type NetworkField,
} from '@tn/network-contracts';
import { illegalStateAt, notFoundError, validationError } from '../common/errors';
import { requireIdList, requireIsoDate, requireNotAfterToday, requireOneOf, requireText, requireWholeNumberIn } from '../common/rules';
import type { GroupState } from './group.types';

/** Checks the group's commands share. Dates are `YYYY-MM-DD`; `today` comes with every command. */

/** A text that must not be blank, trimmed. */
export function requiredGroupText(value: string | undefined, field: string, what: string): string {
  requireText(value, 'GROUP.TEXT_REQUIRED', field, what);
  return String(value).trim();
}

/** The server's date and the acting user, which the route adds to every command. */
export function requireAct(command: { today: string; actorId: string }): void {
  requireIsoDate(command.today, 'GROUP.DATE_INVALID', 'today');
  requireText(command.actorId, 'GROUP.ACTOR_REQUIRED', 'actorId', 'the acting user');
}

/** A date the payload states for something that happened: a real date, not after today. */
export function requirePastDate(date: string, today: string, field: string): void {
  requireIsoDate(date, 'GROUP.DATE_INVALID', field);
  requireNotAfterToday(date, today, 'GROUP.DATE_AFTER_TODAY', field);
}

/** The day before a date (the last day of an affiliation that the next one follows). */
export function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

export function requireKindAndOrigin(command: { kind: string; origin: string }): { kind: GroupKind; origin: GroupOrigin } {
  const { kind, origin } = command;
  requireOneOf(kind, GROUP_KINDS, 'GROUP.KIND_UNKNOWN', 'kind');
  requireOneOf(origin, GROUP_ORIGINS, 'GROUP.ORIGIN_UNKNOWN', 'origin');
  return { kind, origin };
}

/** What registration and revision state of a group, checked. */
export interface CheckedProfile {
  name: string;
  fields: NetworkField[];
  areaUnitIds: string[];
  size: number;
  leaderPersonIds: string[];
}

/**
 * A name; at least one field of work, each of the vocabulary, none twice; at least one area
 * unit; a whole number of members from 1; one to ten leaders, none twice.
 */
export function requireProfile(command: CheckedProfile): CheckedProfile {
  const name = requiredGroupText(command.name, 'name', 'a name');
  const { fields, areaUnitIds, size, leaderPersonIds } = command;
  if (!Array.isArray(fields) || fields.length === 0 || new Set(fields).size !== fields.length) {
    throw validationError('GROUP.FIELDS_INVALID', 'fields', 'at least one field of work, none twice', { allowed: NETWORK_FIELDS.join(', ') });
  }
  fields.forEach((field, index) => requireOneOf(field, NETWORK_FIELDS, 'GROUP.FIELDS_INVALID', `fields.${index}`));
  requireIdList(areaUnitIds, 'GROUP.AREA_UNITS_INVALID', 'areaUnitIds');
  if (areaUnitIds.length === 0) throw validationError('GROUP.AREA_UNITS_INVALID', 'areaUnitIds', 'at least one unit whose territory the group serves');
  requireWholeNumberIn(size, 1, GROUP_SIZE_MAX, 'GROUP.SIZE_INVALID', 'size');
  requireIdList(leaderPersonIds, 'GROUP.LEADERS_INVALID', 'leaderPersonIds');
  if (leaderPersonIds.length === 0 || leaderPersonIds.length > GROUP_LEADERS_MAX) {
    throw validationError('GROUP.LEADERS_INVALID', 'leaderPersonIds', `from 1 to ${GROUP_LEADERS_MAX} leaders`, { max: GROUP_LEADERS_MAX });
  }
  return { name, fields: [...fields], areaUnitIds: [...areaUnitIds], size, leaderPersonIds: [...leaderPersonIds] };
}

/**
 * The units the hierarchy copy does not know: a host (registering, proposed or new) first, under
 * its own field, then the area units.
 */
export function requireKnownUnits(
  unknownUnitIds: readonly string[],
  units: { host?: { unitId: string; field: string }; areaUnitIds?: readonly string[] },
): void {
  const unknown = new Set(unknownUnitIds);
  const { host, areaUnitIds = [] } = units;
  if (host && unknown.has(host.unitId)) {
    throw validationError('GROUP.HOST_UNIT_UNKNOWN', host.field, `unit ${host.unitId} is not known`, { unitId: host.unitId });
  }
  const unknownAreas = areaUnitIds.filter((unitId) => unknown.has(unitId));
  if (unknownAreas.length > 0) {
    throw validationError('GROUP.AREA_UNIT_UNKNOWN', 'areaUnitIds', `units ${unknownAreas.join(', ')} are not known`, { unitIds: unknownAreas.join(', ') });
  }
}

/** The group exists (registered, in any status). */
export function requireGroup(state: GroupState, groupId: string): void {
  if (state.status === 'none') throw notFoundError('GROUP.NOT_FOUND', `group ${groupId} is not registered`, { groupId });
}

/** A verified group that is not dissolved: what hosts move, declare and book. */
export function requireVerifiedGroup(state: GroupState, groupId: string): void {
  requireGroup(state, groupId);
  if (state.status === 'dissolved') throw illegalStateAt('GROUP.DISSOLVED', 'groupId', `group ${groupId} is dissolved`, { groupId });
  if (state.status !== 'verified') {
    throw illegalStateAt('GROUP.NOT_VERIFIED', 'groupId', `group ${groupId} is not verified (${state.status})`, { groupId, status: state.status });
  }
}

import { NETWORK_FIELDS, NETWORK_MEMBER_KINDS, type NetworkField, type NetworkMemberKind } from '@tn/network-contracts';
import { illegalStateError, notFoundError, validationError } from '../common/errors';
import { requireIsoDate, requireNotAfterToday, requireOneOf, requireText } from '../common/rules';
import type { ActFacts } from './network.commands';
import type { ActiveNetwork, NetworkState } from './network.types';

export function requireAct({ today, actorId }: ActFacts): void {
  requireIsoDate(today, 'NETWORK.DATE_INVALID', 'today');
  requireText(actorId, 'NETWORK.ACTOR_REQUIRED', 'actorId', 'the acting user');
}

/** A required text, trimmed (names, purposes, reasons). */
export function requiredText(value: string, field: string, what: string): string {
  requireText(value, 'NETWORK.TEXT_REQUIRED', field, what);
  return value.trim();
}

/** A date the payload states: a calendar date, no later than the server's today. */
export function requirePastDate(value: string, today: string, field: string): void {
  requireIsoDate(value, 'NETWORK.DATE_INVALID', field);
  requireNotAfterToday(value, today, 'NETWORK.DATE_AFTER_TODAY', field);
}

export function requireNetwork(state: NetworkState, networkId: string): NetworkState {
  if (state.status === 'none') throw notFoundError('NETWORK.NOT_FOUND', `network ${networkId} does not exist`, { networkId });
  return state;
}

/** A dissolved network is final: it admits no one and ends nothing more. */
export function requireActiveNetwork(state: NetworkState, networkId: string): ActiveNetwork {
  const network = requireNetwork(state, networkId);
  if (network.status !== 'active') {
    throw illegalStateError('NETWORK.DISSOLVED', `network ${networkId} was dissolved on ${network.dissolvedOn}`, { networkId, on: network.dissolvedOn });
  }
  return network as ActiveNetwork;
}

export function requireMemberKind(kind: string, field: string): asserts kind is NetworkMemberKind {
  requireOneOf(kind, NETWORK_MEMBER_KINDS, 'NETWORK.MEMBER_KIND_UNKNOWN', field);
}

/** At least one known field of work; a field named twice counts once. */
export function requireFields(fields: readonly string[]): NetworkField[] {
  if (!Array.isArray(fields) || fields.length === 0) throw validationError('NETWORK.FIELDS_REQUIRED', 'fields', 'a network serves at least one field');
  fields.forEach((field, index) => requireOneOf(field, NETWORK_FIELDS, 'NETWORK.FIELD_UNKNOWN', `fields.${index}`));
  // Each one was checked above.
  return [...new Set(fields)] as NetworkField[];
}

import {
  NEED_KINDS,
  NEED_MATCH_RELEASE_REASONS,
  NEED_OFFERER_KINDS,
  NEED_PRIORITIES,
  NEED_SOURCES,
  needQuantities,
  NETWORK_FIELDS,
  type NetworkField,
  quantityExceeds,
  quantityReaches,
} from '@tn/network-contracts';
import { assertNever, type Decider } from '@tn/shared-decider';
import { illegalStateAt, illegalStateError, notFoundError, validationError } from '../common/errors';
import { compact, requireOneOf } from '../common/rules';
import type {
  AcceptNeedMatchCommand,
  CancelNeedCommand,
  DeclineNeedMatchCommand,
  NeedCommand,
  ProposeNeedMatchCommand,
  RaiseNeedCommand,
  RecordNeedMatchFulfilledCommand,
  ReleaseNeedMatchCommand,
} from './need.commands';
import type { NeedEvent } from './need.events';
import { evolveNeed, initialNeed } from './need.evolve';
import { requireAgreement, requireGroupFree, requireGroupStillOffering, requireOfferer } from './need.offer-rules';
import {
  optionalText,
  requireAct,
  requireDates,
  requiredText,
  requireMatch,
  requireMatchStatus,
  requireNeed,
  requireOpenNeed,
  requireQuantity,
  requireSkills,
} from './need.rules';
import type { NeedState, RaisedNeed } from './need.types';

/** Fields of work, each known; one named twice counts once. */
function fieldsOf(fields: readonly string[]): NetworkField[] {
  if (!Array.isArray(fields)) throw validationError('NEED.FIELD_UNKNOWN', 'fields', 'a list of fields is required');
  fields.forEach((field, index) => requireOneOf(field, NETWORK_FIELDS, 'NEED.FIELD_UNKNOWN', `fields.${index}`));
  return [...new Set(fields as NetworkField[])];
}

/** The place lies in the raising unit's subtree; a survey's activity too, and only a survey names one. */
function requireOrigin(command: RaiseNeedCommand): void {
  const { place, activity, activityId, source, placeUnitId, unitId } = command;
  if (!place.known) throw notFoundError('NEED.PLACE_UNKNOWN', `unit ${placeUnitId} does not exist`, { placeUnitId });
  if (!place.withinUnit) {
    throw illegalStateAt('NEED.PLACE_OUTSIDE_UNIT', 'placeUnitId', `${placeUnitId} is not within unit ${unitId}`, { placeUnitId, unitId });
  }
  if (source === 'unit') {
    if (activityId !== undefined)
      throw validationError('NEED.ACTIVITY_UNEXPECTED', 'activityId', 'only a need from a survey names an activity', { activityId });
    return;
  }
  if (!optionalText(activityId)) throw validationError('NEED.ACTIVITY_REQUIRED', 'activityId', 'a need from a survey names its activity');
  if (!activity?.found) throw notFoundError('NEED.ACTIVITY_NOT_FOUND', `activity ${activityId} is not known`, { activityId });
  if (!activity.withinUnit) {
    throw illegalStateAt('NEED.ACTIVITY_OUTSIDE_UNIT', 'activityId', `activity ${activityId} is not within unit ${unitId}`, { activityId, unitId });
  }
}

function raise(command: RaiseNeedCommand, state: NeedState): NeedEvent[] {
  const { needId, unitId, source, activityId, kind, quantity, placeUnitId, from, to, priority } = command;
  if (state.status !== 'none') throw illegalStateError('NEED.ALREADY_EXISTS', `need ${needId} already exists`, { needId });
  requireAct(command);
  requireOneOf(source, NEED_SOURCES, 'NEED.SOURCE_UNKNOWN', 'source');
  requireOneOf(kind, NEED_KINDS, 'NEED.KIND_UNKNOWN', 'kind');
  requireOneOf(priority, NEED_PRIORITIES, 'NEED.PRIORITY_UNKNOWN', 'priority');
  const description = requiredText(command.description, 'description', 'a description');
  const measure = requiredText(command.measure, 'measure', 'a measure');
  const skills = requireSkills(command.skills);
  const fields = fieldsOf(command.fields);
  requireQuantity(quantity, kind, 'quantity');
  requireDates(from, to);
  requireOrigin(command);
  const data = { needId, unitId, source, activityId, kind, description, skills, fields, quantity, measure, placeUnitId, from, to, priority };
  return [{ type: 'NeedRaised', data: compact({ ...data, raisedBy: command.actorId, raisedOn: command.today }) }];
}

function propose(command: ProposeNeedMatchCommand, state: NeedState): NeedEvent[] {
  const need = requireOpenNeed(state, command.needId);
  requireAct(command);
  const { matchId, offerer, quantity } = command;
  if (need.matches.some((match) => match.matchId === matchId)) {
    throw illegalStateAt('NEED.MATCH_EXISTS', 'matchId', `need ${need.needId} already has a match ${matchId}`, { matchId });
  }
  requireOneOf(offerer.kind, NEED_OFFERER_KINDS, 'NEED.OFFERER_KIND_UNKNOWN', 'offerer.kind');
  requireQuantity(quantity, need.kind, 'quantity');
  requireOfferer(offerer.kind, offerer.id, command.offererRecord);
  const agreementId = optionalText(command.agreementId);
  if (agreementId) requireAgreement(need, offerer, agreementId, command.agreement);
  // One live offer per offerer: a second would count its people or goods twice.
  const live = need.matches.find(
    (match) => match.offerer.kind === offerer.kind && match.offerer.id === offerer.id && ['proposed', 'accepted'].includes(match.status),
  );
  if (live) {
    throw illegalStateAt('NEED.OFFERER_ALREADY_MATCHED', 'offerer.id', `${offerer.kind} ${offerer.id} already offers match ${live.matchId}`, {
      matchId: live.matchId,
    });
  }
  const data = compact({ needId: need.needId, matchId, agreementId, quantity, note: optionalText(command.note) });
  return [
    { type: 'NeedMatchProposed', data: { ...data, offerer: { kind: offerer.kind, id: offerer.id }, proposedBy: command.actorId, proposedOn: command.today } },
  ];
}

/** Accepting commits the match: no more than the need asks for in all, and a group still verified and free on the need's dates. */
function accept(command: AcceptNeedMatchCommand, state: NeedState): NeedEvent[] {
  const need = requireOpenNeed(state, command.needId);
  requireAct(command);
  const match = requireMatch(need, command.matchId);
  requireMatchStatus(match, 'proposed');
  const { committed, requested } = needQuantities(need.matches, need.quantity);
  if (quantityExceeds(committed + match.quantity, requested)) {
    throw illegalStateAt('NEED.OVER_COMMITTED', 'matchId', `${committed} of ${requested} are committed: ${match.quantity} more is too many`, {
      requested,
      committed,
      quantity: match.quantity,
    });
  }
  if (match.offerer.kind === 'group') {
    requireGroupStillOffering(match.offerer.id, command.groupRecord);
    requireGroupFree(need, match.matchId, match.offerer.id, command.groupBookings ?? []);
  }
  const data = { needId: need.needId, matchId: match.matchId, quantity: match.quantity, acceptedBy: command.actorId, acceptedOn: command.today };
  return [{ type: 'NeedMatchAccepted', data }];
}

function decline(command: DeclineNeedMatchCommand, state: NeedState): NeedEvent[] {
  const need = requireOpenNeed(state, command.needId);
  requireAct(command);
  const match = requireMatch(need, command.matchId);
  requireMatchStatus(match, 'proposed');
  const reason = requiredText(command.reason, 'reason', 'a reason');
  return [{ type: 'NeedMatchDeclined', data: { needId: need.needId, matchId: match.matchId, reason, declinedBy: command.actorId, declinedOn: command.today } }];
}

/** A delivery closes its match; the one that brings the deliveries to what was asked fulfils the need. */
function fulfil(command: RecordNeedMatchFulfilledCommand, state: NeedState): NeedEvent[] {
  const need = requireOpenNeed(state, command.needId);
  requireAct(command);
  const match = requireMatch(need, command.matchId);
  requireMatchStatus(match, 'accepted');
  const { deliveredQuantity } = command;
  requireQuantity(deliveredQuantity, need.kind, 'deliveredQuantity');
  if (quantityExceeds(deliveredQuantity, match.quantity)) {
    throw validationError('NEED.DELIVERED_EXCEEDS_MATCH', 'deliveredQuantity', `match ${match.matchId} offered ${match.quantity}`, {
      deliveredQuantity,
      quantity: match.quantity,
    });
  }
  const fulfilled: NeedEvent = {
    type: 'NeedMatchFulfilled',
    data: { needId: need.needId, matchId: match.matchId, deliveredQuantity, fulfilledBy: command.actorId, fulfilledOn: command.today },
  };
  const after = evolveNeed(need, fulfilled) as RaisedNeed;
  const { delivered, requested } = needQuantities(after.matches, after.quantity);
  return quantityReaches(delivered, requested)
    ? [fulfilled, { type: 'NeedFulfilled', data: { needId: need.needId, fulfilledOn: command.today } }]
    : [fulfilled];
}

/** Cancelling a cancelled need again records nothing; the service then frees the groups booked for it. */
function cancel(command: CancelNeedCommand, state: NeedState): NeedEvent[] {
  const need = requireNeed(state, command.needId);
  if (need.status === 'cancelled') return [];
  requireOpenNeed(need, command.needId);
  requireAct(command);
  const reason = requiredText(command.reason, 'reason', 'a reason');
  return [{ type: 'NeedCancelled', data: { needId: need.needId, reason, cancelledBy: command.actorId, cancelledOn: command.today } }];
}

/** The service's: a released match again records nothing (the reactor may run twice). */
function release(command: ReleaseNeedMatchCommand, state: NeedState): NeedEvent[] {
  const need = requireNeed(state, command.needId);
  const match = requireMatch(need, command.matchId);
  if (match.status === 'released') return [];
  requireOpenNeed(need, command.needId);
  requireAct(command);
  requireMatchStatus(match, 'accepted');
  const { reason } = command;
  requireOneOf(reason, NEED_MATCH_RELEASE_REASONS, 'NEED.RELEASE_REASON_UNKNOWN', 'reason');
  return [{ type: 'NeedMatchReleased', data: { needId: need.needId, matchId: match.matchId, reason, releasedBy: command.actorId, releasedOn: command.today } }];
}

function decideNeed(command: NeedCommand, state: NeedState): NeedEvent[] {
  switch (command.type) {
    case 'RaiseNeed':
      return raise(command, state);
    case 'ProposeNeedMatch':
      return propose(command, state);
    case 'AcceptNeedMatch':
      return accept(command, state);
    case 'DeclineNeedMatch':
      return decline(command, state);
    case 'RecordNeedMatchFulfilled':
      return fulfil(command, state);
    case 'CancelNeed':
      return cancel(command, state);
    case 'ReleaseNeedMatch':
      return release(command, state);
    default:
      return assertNever(command);
  }
}

/** A need (one stream each): its quantities, and its matches proposed, decided and delivered in order. */
export const needDecider: Decider<NeedCommand, NeedEvent, NeedState> = {
  initialState: initialNeed,
  decide: decideNeed,
  evolve: evolveNeed,
};

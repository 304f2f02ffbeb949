import { allows, type Grant } from '@tn/shared-auth';
import { concurrencyError, type DomainError, forbiddenError } from '@tn/shared-decider';
import type { CommandEnvelope } from '@tn/shared-event-contracts';
import { claimsOf } from '@tn/shared-event-sourcing-nest';
import { type EndedSessions, type LocalHierarchy, type PeopleUnits, unitsOfPerson } from '@tn/shared-registry-feed';
import { vietnamDateOf } from '@tn/shared-unit-hierarchy';
import { hostUnitOn, type NetworkCommandScope } from '@tn/network-contracts';
import type { GroupState } from '@tn/network-domain';
import type { NetworkLookups } from '../lookups';

/** What the authoriser needs of the local hierarchy (LocalHierarchy; a fixed one in tests). */
export type UnitLineages = Pick<LocalHierarchy, 'refresh' | 'catchUp' | 'lineageOf'>;

/** A placeholder unit no grant covers and the hierarchy does not know. */
const NO_UNIT = '(none)';

/** A unit the actor needs the permission over, and what the command named to bring it in (the refusal names that). */
interface ScopeUnit {
  unitId: string;
  named: string;
  details: Record<string, unknown>;
}

/** The same answer for an id that does not exist and one that is not the actor's: no existence oracle. */
const notYours = (what: string, details: Record<string, unknown>) => forbiddenError('FORBIDDEN', `not allowed to act on ${what}`, details);

const catchingUp = (details: Record<string, unknown>) =>
  concurrencyError('HIERARCHY.CATCHING_UP', 'the organisation hierarchy is still being brought up to date here; try again in a moment', details);

/**
 * The units the payload names, then the owner units of the records it names (`record`, then
 * `records`): NO_UNIT for one that does not exist, so it answers as one that is not the actor's.
 */
async function unitsOfScope(lookups: NetworkLookups, scope: NetworkCommandScope, today: string): Promise<ScopeUnit[]> {
  const units: ScopeUnit[] = scope.units.map((unitId) => ({ unitId: unitId || NO_UNIT, named: `unit ${unitId}`, details: { unitId } }));
  for (const { kind, id } of [...(scope.record ? [scope.record] : []), ...(scope.records ?? [])]) {
    const record = id ? await lookups.recordOf(kind, id) : undefined;
    // A group answers to today's host: a merger dated ahead hands it to the successor only from that date.
    const todaysHost = kind === 'group' && record && record.status === 'verified' ? hostUnitOn((record as GroupState).affiliations, today) : undefined;
    const owner = !record || record.status === 'none' || !record.ownerUnitId ? NO_UNIT : (todaysHost ?? record.ownerUnitId);
    units.push({ unitId: owner, named: `${kind} ${id}`, details: { recordKind: kind, recordId: id } });
  }
  return units;
}

/**
 * The network service's own authorisation (the gateway checks first; this is the second check).
 *
 * - The access token must be genuine and the actor's, its session not ended by the registry.
 * - A command type without declared rights is refused (fail closed); rights are declared beside
 *   each payload in the contracts (`NetworkCommandScope`). System commands (the reactors') are
 *   refused from the topic to everyone.
 * - A system administrator may do everything, in units that exist.
 * - A person registering their own group needs no permission, but must be who the payload says
 *   (a leader of the group) and name a host unit that exists; a leader of a verified group may
 *   offer it for a need whose place lies in the group's area (any other need, like an unknown
 *   one, asks them the unit permission as anyone else).
 * - Anyone else needs the permission, as of today (Vietnam), over every unit the payload names
 *   and over the owner unit of each record it names (a group's host, a network's or partner's
 *   owner, an agreement's lead unit, a need's unit: offering a group for a need asks both the
 *   need's unit and the group's host), over the unit's whole subtree in this
 *   service's copy of the hierarchy, so a merged unit answers through its successor.
 * - Every person named must be known to the registry; leaders may live anywhere.
 * - An unknown id answers exactly like one that is not the actor's.
 *
 * A refusal is given only once the local copy has caught up with the registry's topic.
 */
export function networkAuthoriser(options: {
  secret: Buffer;
  lookups: NetworkLookups;
  hierarchy: UnitLineages;
  endedSessions: Pick<EndedSessions, 'isEnded'>;
  people: PeopleUnits;
}) {
  const { lookups, hierarchy, people } = options;
  const known = (unit: string, today: string) => unit !== NO_UNIT && hierarchy.lineageOf(unit, today).length > 0;

  const unitRefusal = (grants: readonly Grant[], scope: NetworkCommandScope, units: ScopeUnit[], today: string): DomainError | undefined => {
    const outside = units.find(({ unitId }) => !known(unitId, today) || !allows(grants, scope.permission, hierarchy.lineageOf(unitId, today)));
    return outside && forbiddenError('FORBIDDEN', `not allowed to ${scope.permission} on ${outside.named}`, outside.details);
  };

  const unknownUnitRefusal = (units: ScopeUnit[], today: string): DomainError | undefined => {
    const unknown = units.find(({ unitId }) => !known(unitId, today));
    return unknown && notYours(unknown.named, unknown.details);
  };

  const personRefusal = async (scope: NetworkCommandScope, today: string): Promise<DomainError | undefined> => {
    for (const personId of scope.people ?? []) {
      if ((await unitsOfPerson(people, personId, today)).length === 0) return notYours(`person ${personId}`, { personId });
    }
    return undefined;
  };

  /** Checks that may only mean the registry's latest events have not reached us yet: asked again once caught up. */
  const requireAfterCatchUp = async (check: () => Promise<DomainError | undefined>, details: Record<string, unknown>): Promise<void> => {
    if (!(await check())) return;
    if (!(await hierarchy.catchUp())) throw catchingUp(details);
    const refusal = await check();
    if (refusal) throw refusal;
  };

  /** Whether the place lies in one of the areas' subtrees, or above one of them (a province's need, a commune's group). */
  const servesPlace = (areaUnitIds: readonly string[], placeUnitId: string, today: string): boolean => {
    const placeLineage = hierarchy.lineageOf(placeUnitId, today);
    return areaUnitIds.some((areaUnitId) => placeLineage.includes(areaUnitId) || hierarchy.lineageOf(areaUnitId, today).includes(placeUnitId));
  };

  /**
   * A leader of a verified group acting for it; on a need (the scope's record), only one whose
   * place lies in the group's area: any other, like an unknown one, is asked the unit permission.
   */
  const leads = async (personId: string | undefined, scope: NetworkCommandScope, today: string): Promise<boolean> => {
    const groupId = scope.leaderOfGroupId;
    if (!personId || !groupId) return false;
    const group = await lookups.groupOf(groupId);
    if (group.status !== 'verified' || !group.leaderPersonIds.includes(personId)) return false;
    if (scope.record?.kind !== 'need') return true;
    const need = await lookups.needOf(scope.record.id);
    return need.status !== 'none' && servesPlace(group.profile?.areaUnitIds ?? [], need.placeUnitId, today);
  };

  return async (envelope: CommandEnvelope, rights: unknown): Promise<void> => {
    const claims = claimsOf(envelope, options.secret, new Date());
    if (claims.sub !== envelope.actor.id) throw forbiddenError('FORBIDDEN', 'the command was given for another actor than the token holder');
    if (claims.kind !== 'service' && (await options.endedSessions.isEnded(claims.sub, claims.sid))) {
      throw forbiddenError('AUTH.SESSION_ENDED', 'the session of this access token has ended or the account is closed; sign in again', {
        sessionId: claims.sid,
      });
    }
    if (rights === undefined || rights === null) throw forbiddenError('FORBIDDEN', `command ${envelope.type} has no declared authorisation scope`);
    const scope = rights as NetworkCommandScope;
    if (scope.systemOnly) throw forbiddenError('FORBIDDEN', `command ${envelope.type} is decided only inside the network service`);
    const today = vietnamDateOf(envelope.issuedAt);
    await hierarchy.refresh();
    const named = scope.units.map((unitId) => ({ unitId: unitId || NO_UNIT, named: `unit ${unitId}`, details: { unitId } }));

    // A system administrator, a person registering their own group, a leader offering their group: no unit permission.
    const unitFree =
      allows(claims.grants, scope.permission, []) ||
      (scope.selfPersonId !== undefined && claims.personId === scope.selfPersonId) ||
      (await leads(claims.personId, scope, today));
    if (unitFree) {
      return requireAfterCatchUp(async () => unknownUnitRefusal(named, today) ?? (await personRefusal(scope, today)), { units: scope.units });
    }
    const units = await unitsOfScope(lookups, scope, today);
    await requireAfterCatchUp(async () => unitRefusal(claims.grants, scope, units, today) ?? (await personRefusal(scope, today)), {
      units: units.map(({ unitId }) => unitId),
    });
  };
}

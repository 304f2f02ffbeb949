import { allows, type Grant } from '@tn/shared-auth';
import { concurrencyError, type DomainError, forbiddenError } from '@tn/shared-decider';
import type { CommandEnvelope } from '@tn/shared-event-contracts';
import { claimsOf } from '@tn/shared-event-sourcing-nest';
import type { EndedSessions, LocalHierarchy } from '@tn/shared-registry-feed';
import { vietnamDateOf } from '@tn/shared-unit-hierarchy';
import type { ReportingCommandScope } from '@tn/reporting-contracts';
import type { ReportingLookups } from '../lookups';

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

const catchingUp = (details: Record<string, unknown>) =>
  concurrencyError('HIERARCHY.CATCHING_UP', 'the organisation hierarchy is still being brought up to date here; try again in a moment', details);

const unitsNamed = (scope: ReportingCommandScope): ScopeUnit[] =>
  scope.units.map((unitId) => ({ unitId: unitId || NO_UNIT, named: `unit ${unitId}`, details: { unitId } }));

/** The units the payload names, then the owner unit of the record it names: NO_UNIT for one that does not exist, so it answers as one that is not the actor's. */
async function unitsOfScope(lookups: ReportingLookups, scope: ReportingCommandScope, today: string): Promise<ScopeUnit[]> {
  const units = unitsNamed(scope);
  if (scope.record) {
    const { kind, id } = scope.record;
    const record = id ? await lookups.recordOf(kind, id, today) : undefined;
    const owner = !record || record.status === 'none' || !record.ownerUnitId ? NO_UNIT : record.ownerUnitId;
    units.push({ unitId: owner, named: `${kind} ${id}`, details: { recordKind: kind, recordId: id } });
  }
  return units;
}

/**
 * The reporting service's own authorisation (the gateway checks first; this is the second check).
 *
 * - The access token must be genuine and the actor's, its session not ended by the registry.
 * - A command type without declared rights is refused (fail closed); rights are declared beside
 *   each payload in the contracts (`ReportingCommandScope`).
 * - A system administrator may do everything, in units that exist.
 * - Anyone else needs the permission, as of today (Vietnam), over every unit the payload names
 *   (a new indicator's owner, a declaration's unit) and over the owner unit of the record it
 *   names (an indicator's), over the unit's whole subtree in this service's copy of the
 *   hierarchy, so a merged unit answers through its successor.
 * - An unknown unit or indicator answers exactly like one that is not the actor's.
 *
 * A refusal is given only once the local copy has caught up with the registry's topic.
 */
export function reportingAuthoriser(options: {
  secret: Buffer;
  lookups: ReportingLookups;
  hierarchy: UnitLineages;
  endedSessions: Pick<EndedSessions, 'isEnded'>;
}) {
  const { lookups, hierarchy } = options;
  const known = (unit: string, today: string) => unit !== NO_UNIT && hierarchy.lineageOf(unit, today).length > 0;

  const unitRefusal = (grants: readonly Grant[], scope: ReportingCommandScope, units: ScopeUnit[], today: string): DomainError | undefined => {
    const outside = units.find(({ unitId }) => !known(unitId, today) || !allows(grants, scope.permission, hierarchy.lineageOf(unitId, today)));
    return outside && forbiddenError('FORBIDDEN', `not allowed to ${scope.permission} on ${outside.named}`, outside.details);
  };

  /** Checks that may only mean the registry's latest events have not reached us yet: asked again once caught up. */
  const requireAfterCatchUp = async (check: () => DomainError | undefined, details: Record<string, unknown>): Promise<void> => {
    if (!check()) return;
    if (!(await hierarchy.catchUp())) throw catchingUp(details);
    const refusal = check();
    if (refusal) throw refusal;
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
    const scope = rights as ReportingCommandScope;
    const today = vietnamDateOf(envelope.issuedAt);
    await hierarchy.refresh();

    // A system administrator needs no unit permission, only units that exist: those the payload names
    // (an excused report's unit among them); an unknown indicator or plan the decider refuses.
    if (allows(claims.grants, scope.permission, [])) {
      const named = unitsNamed(scope);
      return requireAfterCatchUp(() => unitRefusal(claims.grants, scope, named, today), { units: scope.units });
    }
    const units = await unitsOfScope(lookups, scope, today);
    await requireAfterCatchUp(() => unitRefusal(claims.grants, scope, units, today), { units: units.map(({ unitId }) => unitId) });
  };
}

import { allows, type Grant, permissionsOf } from '@tn/shared-auth';
import { concurrencyError, type DomainError, forbiddenError } from '@tn/shared-decider';
import type { CommandEnvelope } from '@tn/shared-event-contracts';
import { claimsOf } from '@tn/shared-event-sourcing-nest';
import { belongsWithin, type EndedSessions, type LocalHierarchy, type PeopleUnits, unitsOfPerson } from '@tn/shared-registry-feed';
import { vietnamDateOf } from '@tn/shared-unit-hierarchy';
import type { TrainingCommandScope } from '@tn/training-contracts';
import type { TrainingLookups } from '../lookups';

import { namedUnitsOf, NO_UNIT, type ScopeUnit, unitsOfScope } from './scope-units';

/** What the authoriser needs of the local hierarchy (LocalHierarchy; a fixed one in tests). */
export type UnitLineages = Pick<LocalHierarchy, 'refresh' | 'catchUp' | 'lineageOf'>;

/** The same answer for an id that does not exist and one that is not the actor's: no existence oracle. */
const notYours = (what: string, details: Record<string, unknown>) => forbiddenError('FORBIDDEN', `not allowed to act on ${what}`, details);

const catchingUp = (details: Record<string, unknown>) =>
  concurrencyError('HIERARCHY.CATCHING_UP', 'the organisation hierarchy is still being brought up to date here; try again in a moment', details);

const holdsPermission = (grants: readonly Grant[], permission: string) => grants.some((grant) => permissionsOf(grant.role).some((held) => held === permission));

/**
 * The training service's own authorisation (the gateway checks first; this is the second check).
 *
 * - The command's access token must be genuine and the actor's, and its session not ended by the
 *   registry (sign-out, password change, role revoked, account closed); service tokens have none.
 * - A command type without declared rights is refused (fail closed). The rights are declared
 *   beside each payload in the contracts (`TrainingCommandScope`).
 * - A system administrator may do everything (a unit a command names must still exist).
 * - Anyone else needs the command's permission, as of today (Vietnam), over every unit it
 *   touches: the units its payload names, the running unit of the course it names, the owner unit
 *   of the curriculum, material, model, kind or rubric it names, the assessed subject's unit of the
 *   assessment it names. A grant counts over its unit's whole subtree, from this service's copy of
 *   the registry's hierarchy (ADR 0008), so a merged unit answers through its successor.
 * - Every person a command names must be known to the registry (a volunteer with a home unit, a
 *   cadre with a position), and, when the command names units beside them, belong within one of
 *   them (a learner within the unit enrolling them, an assessed cadre within the subject's unit);
 *   a course's trainers teach wherever they are asked, so they need only exist.
 * - A person may ask for a place in a course and give it up for themselves, with no permission.
 * - `training:teach` lets a trainer record attendance and assessment in a course they teach.
 * - An unknown id answers exactly like one that is not the actor's (FORBIDDEN, same message).
 *
 * A refusal is given only once the local copy has caught up with the registry's topic: until
 * then the authoriser waits briefly, and if still behind answers HIERARCHY.CATCHING_UP.
 */
export function trainingAuthoriser(options: {
  secret: Buffer;
  lookups: TrainingLookups;
  hierarchy: UnitLineages;
  endedSessions: Pick<EndedSessions, 'isEnded'>;
  people: PeopleUnits;
}) {
  const { lookups, hierarchy, people } = options;
  const known = (unit: string, today: string) => unit !== NO_UNIT && hierarchy.lineageOf(unit, today).length > 0;

  /** The first unit the grants do not cover as of today, as a refusal naming what the command named (an unknown one alike). */
  const unitRefusal = (
    grants: readonly Grant[],
    permission: TrainingCommandScope['permission'],
    units: ScopeUnit[],
    today: string,
  ): DomainError | undefined => {
    const outside = units.find(({ unitId }) => !known(unitId, today) || !allows(grants, permission, hierarchy.lineageOf(unitId, today)));
    return outside && forbiddenError('FORBIDDEN', `not allowed to ${permission} on ${outside.named}`, outside.details);
  };

  /** The first person named who is unknown, or outside the units named beside them, as a refusal (trainers need only exist). */
  const personRefusal = async (scope: TrainingCommandScope, trainerIds: readonly string[], today: string): Promise<DomainError | undefined> => {
    for (const personId of scope.people ?? []) {
      const units = await unitsOfPerson(people, personId, today);
      const mustBelong = scope.units.length > 0 && !trainerIds.includes(personId);
      if (units.length === 0 || (mustBelong && !belongsWithin(hierarchy, units, scope.units, today))) return notYours(`person ${personId}`, { personId });
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

  /** A trainer of the course, holding `training:teach`: attendance and assessment in it. */
  const teaches = async (grants: readonly Grant[], personId: string | undefined, courseId: string): Promise<boolean> => {
    if (!personId || !holdsPermission(grants, 'training:teach')) return false;
    const course = await lookups.courseOf(courseId);
    return course.status !== 'none' && course.trainerIds.includes(personId);
  };

  /** Whether only a system administrator may give the command: it makes or grants a trainer qualification. */
  const nationalOnly = async (scope: TrainingCommandScope): Promise<boolean> => {
    if (scope.nationalOnly) return true;
    if (!scope.nationalIfTrainerKind) return false;
    const kind = await lookups.qualificationKindOf(scope.nationalIfTrainerKind);
    return kind.status !== 'none' && kind.isTrainerQualification;
  };

  return async (envelope: CommandEnvelope, rights: unknown): Promise<void> => {
    const claims = claimsOf(envelope, options.secret, new Date());
    if (claims.sub !== envelope.actor.id) throw forbiddenError('FORBIDDEN', 'the command was given for another actor than the token holder');
    if (claims.kind !== 'service' && (await options.endedSessions.isEnded(claims.sub, claims.sid))) {
      throw forbiddenError('AUTH.SESSION_ENDED', 'the session of this access token has ended or the account is closed; sign in again', {
        sessionId: claims.sid,
      });
    }
    // Fail closed: a command type added without declared rights is refused, never let through.
    if (rights === undefined || rights === null) throw forbiddenError('FORBIDDEN', `command ${envelope.type} has no declared authorisation scope`);
    const scope = rights as TrainingCommandScope;
    const today = vietnamDateOf(envelope.issuedAt);
    const payload = envelope.payload as { trainerIds?: unknown };
    const trainerIds = Array.isArray(payload.trainerIds) ? payload.trainerIds.filter((id): id is string => typeof id === 'string') : [];
    // Recorded only from a course's completion, inside the service: never from the topic.
    if (scope.systemOnly) throw forbiddenError('FORBIDDEN', `command ${envelope.type} is recorded only from a course's completion`);
    await hierarchy.refresh();
    if (allows(claims.grants, scope.permission, [])) {
      // A system administrator: everywhere, but not in a unit that does not exist (an unknown course or item is the decider's to answer).
      const named = namedUnitsOf(scope);
      return requireAfterCatchUp(
        async () => {
          const unknown = named.find(({ unitId }) => !known(unitId, today));
          return unknown && notYours(unknown.named, unknown.details);
        },
        { units: scope.units },
      );
    }
    if (scope.selfPersonId !== undefined && claims.personId === scope.selfPersonId) {
      // Their own enrolment: no permission, but a learner is enrolled for a unit they belong to.
      return requireAfterCatchUp(() => personRefusal(scope, trainerIds, today), { personId: scope.selfPersonId });
    }
    if (scope.teachingCourseId !== undefined && (await teaches(claims.grants, claims.personId, scope.teachingCourseId))) return;

    const units = await unitsOfScope(lookups, scope);
    await requireAfterCatchUp(async () => unitRefusal(claims.grants, scope.permission, units, today) ?? (await personRefusal(scope, trainerIds, today)), {
      units: units.map(({ unitId }) => unitId),
    });
    // After the unit check, so that only who may act on the kind learns it is a trainer kind.
    if (await nationalOnly(scope)) {
      throw forbiddenError('FORBIDDEN', `only a system administrator may ${scope.permission} a trainer qualification`, { permission: scope.permission });
    }
  };
}

import type { RegistryCommandScope } from '@tn/registry-contracts';
import { forbiddenError, validationError, vietnamDateOf } from '@tn/registry-domain';
import type { CommandEnvelope } from '@tn/shared-event-contracts';
import { type AccessClaims, allows, type Permission } from '@tn/shared-auth';
import { claimsOf } from '@tn/shared-event-sourcing-nest';
import type { HierarchyView } from './hierarchy-view';
import { type AccountOf, liveClaims } from './live-claims';
import { NO_UNIT, type PersonUnits } from './owner-units';

/** The units a stream's aggregate currently belongs to (a volunteer's home unit, a cadre's open positions). */
export type OwnerUnits = (kind: 'volunteer' | 'cadre' | 'account', id: string) => Promise<string[]>;
/** A volunteer or cadre looked up in their own stream. */
export type PersonUnitsOf = (kind: 'volunteer' | 'cadre', id: string) => Promise<PersonUnits>;

const PERSON_KINDS = ['volunteer', 'cadre'] as const;
const isPersonKind = (kind: string): kind is (typeof PERSON_KINDS)[number] => (PERSON_KINDS as readonly string[]).includes(kind);

/** Whether the grants give the permission country-wide (a system administrator). */
const everywhere = (claims: AccessClaims, permission: Permission) => allows(claims.grants, permission, []);

/**
 * The registry's own authorisation (the gateway checks first; this is the second check the
 * architecture asks for). The caller is taken as the registry knows them now (live session,
 * current roles: see liveClaims), and their grants must cover every unit the command touches,
 * as the hierarchy stands today (in Vietnam) and, when the command takes effect on another date,
 * as it stood on that date too: a unit moved out of the actor's subtree since then, or into it
 * after, is refused either way.
 */
export function registryAuthoriser(options: { secret: Buffer; view: HierarchyView; ownerUnits: OwnerUnits; personUnits: PersonUnitsOf; accountOf: AccountOf }) {
  /** The current units of the person a new account is linked to; unknown people are for system administrators only. */
  const personUnits = async (claims: AccessClaims, scope: RegistryCommandScope, person: NonNullable<RegistryCommandScope['person']>): Promise<string[]> => {
    if (!isPersonKind(person.accountKind)) return [NO_UNIT]; // the decider refuses the kind
    const found = await options.personUnits(person.accountKind, person.id);
    if (found.exists || !everywhere(claims, scope.permission)) return found.units;
    // An administrator linking to a person of the other kind gets the mistake named; anyone else just FORBIDDEN.
    const otherKind = person.accountKind === 'volunteer' ? 'cadre' : 'volunteer';
    if ((await options.personUnits(otherKind, person.id)).exists) {
      throw validationError('ACCOUNT.PERSON_KIND_MISMATCH', 'personId', `person ${person.id} is a ${otherKind}, not a ${person.accountKind}`);
    }
    return found.units;
  };

  /** `rights` is what the command's type declares it needs (its definition in the contracts). */
  return async (envelope: CommandEnvelope, rights: unknown): Promise<void> => {
    const token = claimsOf(envelope, options.secret, new Date());
    if (token.sub !== envelope.actor.id) throw forbiddenError('FORBIDDEN', 'the command was given for another actor than the token holder');
    // Fail closed: every registry command type declares its rights, so none declared is a command added without them.
    if (!rights) throw forbiddenError('FORBIDDEN', `command ${envelope.type} has no declared authorisation scope`);
    const scope = rights as RegistryCommandScope;
    const claims = await liveClaims(token, options.accountOf);
    if (scope.selfAccountId && scope.selfAccountId === claims.sub) return;
    await options.view.refresh();
    const today = vietnamDateOf(envelope.issuedAt);
    const units = [...scope.units];
    if (scope.ownerStream) units.push(...(await options.ownerUnits(scope.ownerStream.kind, scope.ownerStream.id)));
    if (scope.person) units.push(...(await personUnits(claims, scope, scope.person)));
    if (scope.appointee !== undefined) {
      const appointee = await options.personUnits('cadre', scope.appointee);
      units.push(...(appointee.exists ? (appointee.lastUnits ?? appointee.units) : [NO_UNIT]));
    }
    if (units.length === 0) {
      // A command naming no unit at all needs the permission everywhere.
      if (everywhere(claims, scope.permission)) return;
      throw forbiddenError('FORBIDDEN', `not allowed to ${scope.permission} without naming a unit`);
    }
    const dates = scope.effectiveDate && scope.effectiveDate !== today ? [today, scope.effectiveDate] : [today];
    for (const unit of units) {
      for (const date of dates) {
        // On the effective date a unit that did not exist yet has no lineage to check: the
        // decider refuses the date itself ("not active"); today's check always applies.
        if (date !== today && unit !== null && !options.view.existsOn(unit, date)) continue;
        const lineage = unit === null ? [] : options.view.lineageOf(unit, date);
        // An unknown unit is checked against itself, so the decider can answer "not active".
        if (!allows(claims.grants, scope.permission, lineage.length > 0 ? lineage : unit === null ? [] : [unit])) {
          throw forbiddenError('FORBIDDEN', `not allowed to ${scope.permission} in unit ${unit ?? '(national level)'} as of ${date}`, { unitId: unit, date });
        }
      }
    }
  };
}

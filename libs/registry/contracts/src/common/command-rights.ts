import type { Permission } from '@tn/shared-auth';
import { ISO_DATE } from '@tn/shared-event-contracts';

/** A permission of this context, from the platform's one role table (libs/shared/auth). */
export type RegistryPermission = Extract<Permission, `${'units' | 'cadres' | 'volunteers' | 'accounts'}:write`>;

/**
 * What a registry command needs: a permission over the units it touches. Each command type
 * states it beside its payload; the service's authoriser checks it.
 */
export interface RegistryCommandScope {
  permission: RegistryPermission;
  /** Unit ids named by the payload; `null` in the list means "the whole country" (a new root unit). */
  units: (string | null)[];
  /** Streams whose current unit also counts (a volunteer's home unit, a cadre's positions). */
  ownerStream?: { kind: 'volunteer' | 'cadre' | 'account'; id: string };
  /** The actor may act on their own account without the permission (change their own password). */
  selfAccountId?: string;
  /**
   * The person a new account is linked to: the account's kind says which stream (a volunteer's or
   * a cadre's) and the person's current units count like the other units. Linking an account to
   * someone gives it their "self" access to their personal data, so it needs rights over them.
   */
  person?: { accountKind: string; id: string };
  /**
   * A cadre being appointed: the actor needs the permission over the units where the cadre holds
   * (or last held) a position too, so no one claims another province's cadre (and reads their
   * name); an unknown cadre is refused alike. A cadre never appointed yet belongs to the unit
   * that registered them (to no one but a system administrator if registered before that was recorded).
   */
  appointee?: string;
  /** The date the change takes effect, when the payload has one: the units are checked as of then too. */
  effectiveDate?: string;
}

/** A unit the payload names; an empty id names no unit, which means the whole country. */
export const unitOrCountry = (unitId: string | null | undefined): string | null => (unitId ? unitId : null);

/**
 * A scope over `units`, as of `effectiveDate` too when the payload gives a well-formed one (a
 * malformed one is the decider's to refuse).
 */
export function scopeOver(
  permission: RegistryPermission,
  units: (string | null)[],
  effectiveDate?: string,
  more: Omit<RegistryCommandScope, 'permission' | 'units' | 'effectiveDate'> = {},
): RegistryCommandScope {
  return { permission, units, ...more, ...(effectiveDate !== undefined && ISO_DATE.test(effectiveDate) ? { effectiveDate } : {}) };
}

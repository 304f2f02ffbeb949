import { forbiddenError } from '@tn/shared-decider';
import type { CommandEnvelope } from '@tn/shared-event-contracts';
import { type AccessClaims, allows, TokenError, verifyAccessToken } from '@tn/shared-auth';
import { scopeOfCommand } from './command-scopes';
import type { HierarchyView } from './hierarchy-view';

/** The units a stream's aggregate currently belongs to (a volunteer's home unit, a cadre's open positions). */
export type OwnerUnits = (kind: 'volunteer' | 'cadre' | 'account', id: string) => Promise<string[]>;

/** Verify the access token a command carries; a forbidden DomainError if absent or not genuine. */
export function claimsOf(envelope: { credentials?: string }, secret: Buffer, now: Date): AccessClaims {
  if (!envelope.credentials) throw forbiddenError('UNAUTHENTICATED', 'sign in first: the command carries no access token');
  try {
    return verifyAccessToken(envelope.credentials, secret, now);
  } catch (error) {
    if (error instanceof TokenError) throw forbiddenError(error.code, error.message);
    throw error;
  }
}

/**
 * The registry's own authorisation (the gateway checks first; this is the second check the
 * architecture asks for): the actor's grants must cover every unit the command touches, as the
 * hierarchy stands on the day the command is given.
 */
export function registryAuthoriser(options: { secret: Buffer; view: HierarchyView; ownerUnits: OwnerUnits }) {
  return async (envelope: CommandEnvelope): Promise<void> => {
    const claims = claimsOf(envelope, options.secret, new Date());
    if (claims.sub !== envelope.actor.id) throw forbiddenError('FORBIDDEN', 'the command was given for another actor than the token holder');
    const scope = scopeOfCommand(envelope);
    if (!scope) return; // unknown types are refused by the dispatcher with their own code
    if (scope.selfAccountId && scope.selfAccountId === claims.sub) return;
    await options.view.refresh();
    const today = envelope.issuedAt.slice(0, 10);
    const units = [...scope.units];
    if (scope.ownerStream) units.push(...(await options.ownerUnits(scope.ownerStream.kind, scope.ownerStream.id)));
    // A command naming no unit at all (registering a cadre) needs the permission somewhere.
    if (units.length === 0 && claims.grants.some((grant) => allows([grant], scope.permission, grant.unitId ? [grant.unitId] : []))) return;
    for (const unit of units) {
      const lineage = unit === null ? [] : options.view.lineageOf(unit, today);
      // An unknown unit is checked against itself, so the decider can answer "not active".
      if (!allows(claims.grants, scope.permission, lineage.length > 0 ? lineage : unit === null ? [] : [unit])) {
        throw forbiddenError('FORBIDDEN', `not allowed to ${scope.permission} in unit ${unit ?? '(national level)'}`, { unitId: unit });
      }
    }
    if (units.length === 0) throw forbiddenError('FORBIDDEN', `not allowed to ${scope.permission}`);
  };
}

import { allows, type Permission } from '@tn/shared-auth';
import { apiError } from '@tn/gateway-graphql-kit';
import { type GatewayContext, type RequestUser, requireUser } from './request-user';

/**
 * For an id that names nothing: only a caller holding the permission everywhere (a grant with
 * no unit) may learn so; anyone else hears FORBIDDEN, word for word as for an entity outside
 * their units, so that ids cannot be probed for existence. Call it after identifying the
 * caller, so that an anonymous caller hears UNAUTHENTICATED whatever the id.
 */
export function requireMayLearnMissing(context: GatewayContext, permission: Permission): RequestUser {
  const user = requireUser(context);
  if (!allows(user.claims.grants, permission, [])) throw apiError({ code: 'FORBIDDEN', details: { permission } }, context.language);
  return user;
}

import { apiError } from '@tn/gateway-graphql-kit';
import { type GatewayContext, type RequestUser, requireMayLearnMissing, requireUser } from '@tn/gateway-core';
import { peopleOf, today } from '@tn/gateway-registry';
import { requireTrainingPermission, requireTrainingReader, trainingAllows } from '../core/training-permissions';
import type { QualificationKindDoc } from './qualification-kind.read-model';
import { qualificationsOf } from './qualification-reads';
import type { TraineeDoc } from './trainee.read-model';

/** The units a person belongs to today in the registry: a cadre's open positions, a volunteer's home unit. */
async function registryUnitsOf(context: GatewayContext, personId: string): Promise<string[]> {
  const people = peopleOf(context);
  const date = today();
  const [cadre, volunteer] = await Promise.all([people.cadre(personId), people.volunteer(personId)]);
  const positions = (cadre?.positions ?? []).filter(
    (position) => position.endedOn === undefined && (position.termEnd === undefined || position.termEnd >= date),
  );
  const cadreUnits = positions.map((position) => position.units.at(-1)?.unitId);
  const homeUnit = volunteer?.homeUnits.at(-1)?.unitId;
  return [...cadreUnits, homeUnit].filter((unitId): unitId is string => unitId !== undefined);
}

/**
 * A person's qualifications are read by the person, or with `training:read` over a unit they
 * learned in or belong to today. Someone in none of the caller's subtrees answers FORBIDDEN, as
 * does an unknown person unless the caller reads everywhere (no existence oracle).
 */
export async function requirePersonReader(context: GatewayContext, personId: string, doc: TraineeDoc | undefined): Promise<RequestUser> {
  const user = requireUser(context);
  if (user.claims.personId === personId) return user;
  const units = [...new Set([...(doc?.unitIds ?? []), ...(await registryUnitsOf(context, personId))])];
  for (const unitId of units) if (await trainingAllows(context, 'training:read', unitId)) return user;
  if (units.length === 0) return requireMayLearnMissing(context, 'training:read');
  throw apiError({ code: 'FORBIDDEN', details: { permission: 'training:read' } }, context.language);
}

/** An existing kind a command acts on, and `training:write` over its owner unit (what the service checks too). */
export async function requireKindWriter(context: GatewayContext, kindId: string): Promise<{ kind: QualificationKindDoc; user: RequestUser }> {
  requireTrainingReader(context);
  const kind = await qualificationsOf(context).kind(kindId);
  if (!kind) throw apiError({ code: 'QUALIFICATION.KIND_NOT_FOUND', kind: 'not-found', field: 'kindId' }, context.language);
  return { kind, user: await requireTrainingPermission(context, 'training:write', kind.ownerUnitId) };
}

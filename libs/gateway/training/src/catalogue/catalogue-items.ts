import { apiError } from '@tn/gateway-graphql-kit';
import { type GatewayContext, type RequestUser } from '@tn/gateway-core';
import type { CatalogueErrorCode } from '@tn/training-contracts';
import { requireTrainingPermission, requireTrainingReader } from '../core/training-permissions';
import { shownTo } from './catalogue-access';

/**
 * An existing catalogue item a command acts on, and the caller's write permission over its
 * owner. The caller must read the catalogue first (FORBIDDEN otherwise, whatever the id); an
 * item this gateway does not know, or a draft the caller is not shown, answers `notFound` naming
 * the field; an item owned outside the caller's subtrees answers FORBIDDEN.
 */
export async function requireWritableItem<T extends { status: string; ownerUnitId: string }>(
  context: GatewayContext,
  item: Promise<T | undefined>,
  notFound: { code: CatalogueErrorCode; field: string },
): Promise<{ item: T; user: RequestUser }> {
  requireTrainingReader(context);
  const found = await item;
  const [shown] = found ? await shownTo(context, [found]) : [];
  if (!shown) throw apiError({ code: notFound.code, kind: 'not-found', field: notFound.field }, context.language);
  return { item: shown, user: await requireTrainingPermission(context, 'training:write', shown.ownerUnitId) };
}

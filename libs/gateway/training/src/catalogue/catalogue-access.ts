import type { GatewayContext } from '@tn/gateway-core';
import { trainingAllows } from '../core/training-permissions';

interface CatalogueItem {
  status: string;
  ownerUnitId: string;
}

/**
 * Published and retired items are shown to every catalogue reader; a draft (a coordination
 * model not yet published) only to readers within its owner's subtree: it is not part of the
 * catalogue yet. An unshown draft answers as an unknown id, so drafts cannot be probed.
 */
export const isShown = (item: CatalogueItem, ownersWhoseDraftsAreReadable: ReadonlySet<string>): boolean =>
  item.status !== 'draft' || ownersWhoseDraftsAreReadable.has(item.ownerUnitId);

/** The items the caller is shown (one permission check per distinct owner of a draft). */
export async function shownTo<T extends CatalogueItem>(context: GatewayContext, items: readonly T[]): Promise<T[]> {
  const draftOwners = [...new Set(items.filter((item) => item.status === 'draft').map((item) => item.ownerUnitId))];
  const readable = new Set<string>();
  for (const ownerUnitId of draftOwners) if (await trainingAllows(context, 'training:read', ownerUnitId)) readable.add(ownerUnitId);
  return items.filter((item) => isShown(item, readable));
}

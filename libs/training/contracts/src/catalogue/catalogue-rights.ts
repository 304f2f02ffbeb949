import type { TrainingCommandScope } from '../common/command-rights';

type CatalogueItemKind = 'curriculum' | 'material' | 'coordination-model';

/** A new catalogue item: write rights over the unit that will own it. */
export const ownedBy = (ownerUnitId: string): TrainingCommandScope => ({ permission: 'training:write', units: [ownerUnitId] });

/** An existing catalogue item: write rights over the unit that owns it (the authoriser looks it up). */
export const onCatalogueItem = (kind: CatalogueItemKind, id: string): TrainingCommandScope => ({
  permission: 'training:write',
  units: [],
  catalogueItem: { kind, id },
});

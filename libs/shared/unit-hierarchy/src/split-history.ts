import type { UnitSplit } from './hierarchy.events';

/**
 * The successor that carries a split unit's history, by the rule recorded with the split. Splits
 * recorded before the rule existed name none: their history went to the first successor listed.
 */
export const historyUnitOf = (split: UnitSplit['data']): string | undefined => split.historyUnitId ?? split.successorUnitIds[0];

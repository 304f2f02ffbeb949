import { hierarchyEventTypes } from '@tn/registry-contracts';
import { projectionOver } from '@tn/shared-event-bus';
import { foldVietnamese, searchTokensOf } from '@tn/gateway-graphql-kit';
import { evolveUnit, type HierarchyEnvelope, type UnitDoc, unitsChangedBy } from './unit.read-model';

export const UNIT_SEARCH_COLLECTION = 'gw_registry_unit_search';

/** A unit as its search finds it: the unit read model's document, with its names folded and their tokens. */
export interface UnitSearchDoc extends UnitDoc {
  /** Folded names of every version (and area code), for diacritic-blind search. */
  searchText: string;
  /** The tokens of `searchText` (searchTokensOf): a search looks one up, by an index, before trying its pattern. */
  searchTokens: string[];
}

/** The unit with the text and the tokens its search matches. */
function searchable(unit: UnitDoc): UnitSearchDoc {
  const names = unit.versions.flatMap((v) => [v.nameVi, v.nameEn ?? '', v.areaCode ?? '']);
  const searchText = [...new Set(names.map(foldVietnamese).filter(Boolean))].join(' | ');
  return { ...unit, searchText, searchTokens: searchTokensOf(searchText) };
}

/** Pure: the unit's search document after one hierarchy event (the unit read model's, made searchable). */
export const evolveUnitSearch = (doc: UnitSearchDoc | null, event: HierarchyEnvelope): UnitSearchDoc => searchable(evolveUnit(doc, event));

/**
 * Unit search, a collection of its own: its tokens (tens to a few hundred short strings a unit) stay out
 * of the unit documents every request reads by `_id`, and a search reads only the units holding
 * the query's token, each whole, without a second lookup.
 */
export const unitSearchProjection = projectionOver(hierarchyEventTypes, {
  name: 'gateway-unit-search',
  collection: UNIT_SEARCH_COLLECTION,
  contiguous: false,
  documentId: unitsChangedBy,
  evolve: evolveUnitSearch,
  // UnitDirectory.search ({ searchTokens, searchText: { $regex } }): the units holding the token, then the pattern over them.
  indexes: [{ searchTokens: 1 }],
});

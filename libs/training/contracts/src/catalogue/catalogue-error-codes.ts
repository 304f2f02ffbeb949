/**
 * The catalogue's refusals (curricula, materials, coordination models). Blank ids never reach a
 * decider (the input grammar refuses them), so only meaning is coded here. Other areas that look
 * up a curriculum answer with CURRICULUM.NOT_FOUND and CURRICULUM.RETIRED too.
 */
export const CATALOGUE_ERROR_CODES = [
  // Acts: the server's date and the acting user, from the route and the envelope.
  'CATALOGUE.ACTOR_REQUIRED',
  'CATALOGUE.DATE_INVALID',
  // A title, name, description, note or reason left blank (the field says which).
  'CATALOGUE.TEXT_REQUIRED',
  'CATALOGUE.TARGET_GROUP_UNKNOWN',
  'CURRICULUM.ALREADY_EXISTS',
  'CURRICULUM.NOT_FOUND',
  'CURRICULUM.RETIRED',
  'CURRICULUM.MODULES_REQUIRED',
  'CURRICULUM.MODULE_INVALID',
  'CURRICULUM.MODULE_ID_DUPLICATE',
  'MATERIAL.ALREADY_EXISTS',
  'MATERIAL.NOT_FOUND',
  'MATERIAL.RETIRED',
  'MATERIAL.KIND_UNKNOWN',
  'MATERIAL.TARGET_GROUPS_REQUIRED',
  'MATERIAL.VERSION_OUT_OF_SEQUENCE',
  'MATERIAL.VERSION_EXISTS',
  'MATERIAL.VERSION_NOT_FOUND',
  'MATERIAL.URL_INVALID',
  'MATERIAL.CHECKSUM_INVALID',
  'COORDINATION_MODEL.ALREADY_EXISTS',
  'COORDINATION_MODEL.NOT_FOUND',
  'COORDINATION_MODEL.RETIRED',
  'COORDINATION_MODEL.NOT_PUBLISHED',
] as const;
export type CatalogueErrorCode = (typeof CATALOGUE_ERROR_CODES)[number];

/** Vocabulary the catalogue messages share (domain.md §4). */

/** Who a curriculum or a material is written for: cadres of each level, group leaders, volunteers, Pioneer leaders, trainers. */
export const CURRICULUM_TARGET_GROUPS = [
  'province-cadres',
  'commune-cadres',
  'grassroots-cadres',
  'group-leaders',
  'volunteers',
  'pioneer-leaders',
  'trainers',
] as const;
export type CurriculumTargetGroup = (typeof CURRICULUM_TARGET_GROUPS)[number];

/**
 * A curriculum is published once defined (its modules are revised in place, each revision
 * numbered) until it is retired: a retired curriculum takes no new course, material or model.
 */
export const CURRICULUM_STATUSES = ['published', 'retired'] as const;
export type CurriculumStatus = (typeof CURRICULUM_STATUSES)[number];
/** A curriculum named by a command, as the route found it: `none` when no such curriculum exists. */
export type LookedUpCurriculumStatus = CurriculumStatus | 'none';

export const MATERIAL_KINDS = ['handbook', 'slides', 'video', 'worksheet', 'other'] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

export const MATERIAL_STATUSES = ['registered', 'retired'] as const;
export type MaterialStatus = (typeof MATERIAL_STATUSES)[number];

/**
 * A coordination model (the K3 list) goes draft → published → retired. Only a published model
 * may be applied by a campaign; a retired one is refused, and one never published is unknown there.
 */
export const COORDINATION_MODEL_STATUSES = ['draft', 'published', 'retired'] as const;
export type CoordinationModelStatus = (typeof COORDINATION_MODEL_STATUSES)[number];

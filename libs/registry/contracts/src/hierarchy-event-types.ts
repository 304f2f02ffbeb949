import type { EventTypeDefinition, PayloadSchema } from '@tn/shared-event-contracts';

const profileSchema: PayloadSchema = {
  nameVi: 'non-empty-string',
  'nameEn?': 'string',
  organisation: 'non-empty-string',
  levelLabel: 'non-empty-string',
  'areaCode?': 'string',
  flags: 'object',
};

/** The registry's hierarchy events as stored (schema version 1). No personal data. */
export const hierarchyEventTypes: EventTypeDefinition[] = [
  {
    type: 'UnitCreated',
    version: 1,
    schema: { unitId: 'non-empty-string', 'parentId?': 'string', effectiveFrom: 'iso-date', ...profileSchema },
  },
  { type: 'UnitRenamed', version: 1, schema: { unitId: 'non-empty-string', nameVi: 'non-empty-string', 'nameEn?': 'string', effectiveFrom: 'iso-date' } },
  {
    type: 'UnitMoved',
    version: 1,
    schema: { unitId: 'non-empty-string', 'fromParentId?': 'string', toParentId: 'non-empty-string', effectiveFrom: 'iso-date' },
  },
  {
    type: 'UnitsMerged',
    version: 1,
    schema: { sourceUnitIds: 'string-array', successorUnitId: 'non-empty-string', effectiveFrom: 'iso-date' },
  },
  { type: 'UnitSplit', version: 1, schema: { unitId: 'non-empty-string', successorUnitIds: 'string-array', effectiveFrom: 'iso-date' } },
  { type: 'UnitDissolved', version: 1, schema: { unitId: 'non-empty-string', effectiveFrom: 'iso-date' } },
];

/** The registry's bounded context: names its Kafka topics. */
export const REGISTRY_CONTEXT = 'registry';

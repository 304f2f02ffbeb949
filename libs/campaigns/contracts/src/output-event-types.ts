import type { EventTypeDefinition } from '@tn/shared-event-contracts';

const measureId = { measureId: 'non-empty-string' } as const;
const activity = { activityId: 'non-empty-string' } as const;

/**
 * The catalogue of output measures (one stream for the platform) and what each activity produced
 * and mobilised (one `activity-results` stream per activity). No personal data: a donor is named
 * only when it is an organisation (business, international, other organisation); a person who
 * gives is counted without a name, and the decider refuses a name for them.
 */
export const outputEventTypes: EventTypeDefinition[] = [
  {
    type: 'OutputMeasureDefined',
    version: 1,
    schema: {
      ...measureId,
      nameVi: 'non-empty-string',
      nameEn: 'non-empty-string',
      unitVi: 'non-empty-string',
      unitEn: 'non-empty-string',
      /** `count` (whole numbers) or `quantity` (decimals) */
      valueType: 'non-empty-string',
      definedOn: 'iso-date',
    },
  },
  { type: 'OutputMeasureRetired', version: 1, schema: { ...measureId, reason: 'non-empty-string', retiredOn: 'iso-date' } },
  {
    type: 'ActivityOutputRecorded',
    version: 1,
    schema: {
      ...activity,
      outputId: 'non-empty-string',
      /** `youth-work` or `youth-task` */
      kind: 'non-empty-string',
      name: 'non-empty-string',
      'domain?': 'string',
      /** `[{ measureId, value }]`, each value checked against its measure's type when decided */
      measures: 'any',
      /** whole VND */
      'valuationVnd?': 'integer',
      completedOn: 'iso-date',
    },
  },
  {
    type: 'ActivityOutputWithdrawn',
    version: 1,
    schema: { ...activity, outputId: 'non-empty-string', reason: 'non-empty-string', withdrawnOn: 'iso-date' },
  },
  {
    type: 'ResourceMobilised',
    version: 1,
    schema: {
      ...activity,
      resourceId: 'non-empty-string',
      /** business, individual, international, vietnamese-abroad or other-organisation */
      source: 'non-empty-string',
      /** `cash` (with `amountVnd`) or `in-kind` (with `description`, `valuationVnd`) */
      form: 'non-empty-string',
      'amountVnd?': 'integer',
      'description?': 'string',
      'quantity?': 'number',
      'unit?': 'string',
      'valuationVnd?': 'integer',
      receivedOn: 'iso-date',
      /** organisations only */
      'donorName?': 'string',
    },
  },
  {
    type: 'ResourceMobilisationWithdrawn',
    version: 1,
    schema: { ...activity, resourceId: 'non-empty-string', reason: 'non-empty-string', withdrawnOn: 'iso-date' },
  },
];

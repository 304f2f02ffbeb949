import type { EventTypeDefinition } from '@tn/shared-event-contracts';

const activity = { activityId: 'non-empty-string' } as const;

/** Activities through their lifecycle (one stream per activity). No personal data: cadres by id. */
export const activityEventTypes: EventTypeDefinition[] = [
  {
    type: 'ActivityProposed',
    version: 1,
    schema: {
      ...activity,
      name: 'non-empty-string',
      'campaignId?': 'string',
      organiserUnitId: 'non-empty-string',
      domains: 'string-array',
      /** `{ unitId, areaCode?, site?, flags: { ethnicMinority, mountainous, border, island } }` */
      location: 'object',
      responsibleCadreId: 'non-empty-string',
      initiator: 'non-empty-string',
      'coordinationModelId?': 'string',
      proposedOn: 'iso-date',
    },
  },
  { type: 'ActivityPlanned', version: 1, schema: { ...activity, startsOn: 'iso-date', endsOn: 'iso-date', plannedOn: 'iso-date' } },
  { type: 'ActivityPrepared', version: 1, schema: { ...activity, preparedOn: 'iso-date' } },
  { type: 'ActivityStarted', version: 1, schema: { ...activity, startedAt: 'iso-datetime' } },
  { type: 'ActivityCompleted', version: 1, schema: { ...activity, completedAt: 'iso-datetime' } },
  {
    type: 'ActivityEvaluated',
    version: 1,
    schema: { ...activity, evaluatedOn: 'iso-date', summary: 'non-empty-string', 'rating?': 'integer' },
  },
  {
    type: 'ActivityFollowUpRecorded',
    version: 1,
    schema: { ...activity, followUpId: 'non-empty-string', recordedOn: 'iso-date', note: 'non-empty-string' },
  },
  {
    type: 'ActivityCancelled',
    version: 1,
    schema: { ...activity, fromStatus: 'non-empty-string', reason: 'non-empty-string', cancelledOn: 'iso-date' },
  },
  {
    type: 'ActivityFormationAdded',
    version: 1,
    schema: {
      ...activity,
      formationId: 'non-empty-string',
      name: 'non-empty-string',
      /** Head counts `{ armedForcesYouth, localYouth, pupilsStudents }`, never names. */
      composition: 'object',
      'specialisation?': 'string',
      addedOn: 'iso-date',
    },
  },
];

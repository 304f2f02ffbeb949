import type { EventTypeDefinition, PayloadSchema } from '@tn/shared-event-contracts';
import { activityEventTypes } from './activity/activity.messages';
import { attendanceEventTypes } from './attendance-event-types';
import { outputEventTypes } from './output-event-types';
import { recognitionEventTypes } from './recognition-event-types';
import { shiftEventTypes } from './shift-event-types';

/**
 * Personal data (domain.md §8): campaigns events carry none. Volunteers and cadres are referenced
 * by id only (`volunteerId`, `responsibleCadreId`, `approvedBy`, ...); names, birth dates, ages,
 * contacts and guardians stay in the registry's volunteer stream, which alone is encrypted per
 * person. Eligibility facts (age on the shift date, guardian consent, skills) arrive in commands
 * and are never written here. So no definition below has a `personalData` spec, erasing a
 * volunteer rewrites nothing in this context, and these events may feed anonymous statistics.
 * Free-text fields (reasons, notes, summaries) describe the work, not the person; the edge says so
 * to whoever types them.
 */

/** The definition of a campaign, flattened into each event that creates one. */
const definition: PayloadSchema = {
  name: 'non-empty-string',
  kind: 'non-empty-string',
  'peakTemplate?': 'string',
  domains: 'string-array',
  startsOn: 'iso-date',
  endsOn: 'iso-date',
  /** `[{ measure, target }]` */
  goals: 'any',
  'coordinationModelId?': 'string',
  initiator: 'non-empty-string',
  /**
   * `{ minimumHours?, minimumActivities? }`, added later within version 1: events written before
   * it lack it and read as the platform default criteria (40 hours, 2 activities), so no upcaster
   * is needed and no stored event changes.
   */
  'certificateCriteria?': 'object',
};

/** Campaigns, templates and local instances (one stream per campaign). */
export const campaignStreamEventTypes: EventTypeDefinition[] = [
  {
    type: 'CampaignLaunched',
    version: 1,
    schema: { campaignId: 'non-empty-string', organiserUnitId: 'non-empty-string', launchedOn: 'iso-date', ...definition },
  },
  {
    type: 'CampaignTemplatePublished',
    version: 1,
    schema: { campaignId: 'non-empty-string', publisherUnitId: 'non-empty-string', publishedOn: 'iso-date', ...definition },
  },
  {
    type: 'CampaignTemplateAdopted',
    version: 1,
    schema: {
      templateCampaignId: 'non-empty-string',
      adoptingUnitId: 'non-empty-string',
      localCampaignId: 'non-empty-string',
      adoptedOn: 'iso-date',
    },
  },
  {
    type: 'LocalCampaignOpened',
    version: 1,
    schema: {
      campaignId: 'non-empty-string',
      organiserUnitId: 'non-empty-string',
      templateCampaignId: 'non-empty-string',
      openedOn: 'iso-date',
      ...definition,
    },
  },
  {
    type: 'CampaignCoordinationModelApplied',
    version: 1,
    schema: { campaignId: 'non-empty-string', coordinationModelId: 'non-empty-string', appliedOn: 'iso-date' },
  },
  { type: 'CampaignClosed', version: 1, schema: { campaignId: 'non-empty-string', closedOn: 'iso-date' } },
];

/** Every event type the campaigns context writes (schema version 1). */
export const campaignEventTypes: EventTypeDefinition[] = [
  ...campaignStreamEventTypes,
  ...activityEventTypes,
  ...shiftEventTypes,
  ...attendanceEventTypes,
  ...recognitionEventTypes,
  ...outputEventTypes,
];

/** The campaigns bounded context: names its Kafka topics. */
export const CAMPAIGNS_CONTEXT = 'campaigns';

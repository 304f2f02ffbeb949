import type { EventTypeDefinition } from '@tn/shared-event-contracts';
import { activityEventTypes } from './activity/activity.messages';
import { attendanceEventTypes } from './attendance/attendance.messages';
import { campaignStreamEventTypes } from './campaign/campaign.messages';
import { catalogueEventTypes } from './outputs/catalogue.messages';
import { resultsEventTypes } from './outputs/results.messages';
import { certificateEventTypes } from './recognition/certificate.messages';
import { shiftEventTypes } from './shifts/shift.messages';

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

/** Every event type the campaigns context writes (schema version 1), aggregate by aggregate. */
export const campaignEventTypes: readonly EventTypeDefinition[] = [
  ...campaignStreamEventTypes,
  ...activityEventTypes,
  ...shiftEventTypes,
  ...attendanceEventTypes,
  ...certificateEventTypes,
  ...catalogueEventTypes,
  ...resultsEventTypes,
];

/** The campaigns bounded context: names its Kafka topics. */
export const CAMPAIGNS_CONTEXT = 'campaigns';

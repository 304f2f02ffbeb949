import type { ActivityStatus, AreaFlags, CampaignDomain } from '@tn/campaigns-contracts';
import type { Initiator } from '../common/types';

/** Professions of specialised teams (đội hình chuyên môn). */
export const SPECIALISATIONS = ['medical', 'legal', 'it', 'education', 'construction', 'agriculture', 'other'] as const;
export type Specialisation = (typeof SPECIALISATIONS)[number];

/** Where an activity happens. `flags` are looked up from the unit/place by the adapter. */
export interface ActivityLocation {
  unitId: string;
  /** Official administrative-area code, where one exists. */
  areaCode?: string;
  /** A free description of the site ("Bản Tả Van, thôn 3"). */
  site?: string;
  flags: AreaFlags;
}

/** The "three forces" of a volunteer formation (đội hình): head counts, never names. */
export interface Composition {
  armedForcesYouth: number;
  localYouth: number;
  pupilsStudents: number;
}

/** A team working on the activity; a specialised team names its profession. */
export interface Formation {
  formationId: string;
  name: string;
  composition: Composition;
  specialisation?: Specialisation;
}

/** What proposing an activity records; `campaignId` is absent for a standalone activity. */
export interface ActivityProfile {
  name: string;
  campaignId?: string;
  organiserUnitId: string;
  domains: CampaignDomain[];
  location: ActivityLocation;
  responsibleCadreId: string;
  initiator: Initiator;
  /** An id from the training catalogue (K3); a reference, not checked here. */
  coordinationModelId?: string;
}

export type ActivityState =
  | { status: 'none' }
  | {
      status: ActivityStatus;
      activityId: string;
      startedAt?: string;
      formations: Readonly<Record<string, Formation>>;
      followUpIds: readonly string[];
    };

export type ExistingActivity = Exclude<ActivityState, { status: 'none' }>;

/** States in which the activity has not started yet. */
export const NOT_STARTED: readonly ActivityStatus[] = ['needs-survey', 'planned', 'prepared'];
/** States in which the activity still takes changes to its teams. */
export const BEFORE_COMPLETION: readonly ActivityStatus[] = [...NOT_STARTED, 'in-progress'];

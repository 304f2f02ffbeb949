import type { ActivityStatus, Formation } from '@tn/campaigns-contracts';

/** The parts of an activity's messages (their one schema is in the contracts). */
export type { ActivityProfile, Formation } from '@tn/campaigns-contracts';
export { SPECIALISATIONS } from '@tn/campaigns-contracts';

export type ActivityState =
  | { status: 'none' }
  | {
      status: ActivityStatus;
      activityId: string;
      startedAt?: string;
      formations: Readonly<Record<string, Formation>>;
      followUpIds: readonly string[];
      /** The network's groups and partners that took part, as last recorded. */
      participantGroupIds: readonly string[];
      participantPartnerIds: readonly string[];
    };

export type ExistingActivity = Exclude<ActivityState, { status: 'none' }>;

/** States in which the activity has not started yet. */
export const NOT_STARTED: readonly ActivityStatus[] = ['needs-survey', 'planned', 'prepared'];
/** States in which the activity still takes changes to its teams. */
export const BEFORE_COMPLETION: readonly ActivityStatus[] = [...NOT_STARTED, 'in-progress'];

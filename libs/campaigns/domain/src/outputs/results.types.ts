import type { ActivityOutputRecorded, ActivityStatus, ResourceMobilised, ResourceSource } from '@tn/campaigns-contracts';

/** The vocabulary and parts of results messages (their one schema is in the contracts). */
export { type MeasureValue, OUTPUT_KINDS, RESOURCE_FORMS, RESOURCE_SOURCES, type ResourceSource } from '@tn/campaigns-contracts';

/** A youth work or task an activity produced, measured in catalogue measures, as recorded. */
export type ActivityOutput = ActivityOutputRecorded;

/**
 * A gift as recorded: cash in whole VND (`amountVnd`), or goods described and valued in whole VND
 * (`description`, `quantity?`, `unit?`, `valuationVnd`). A donor is named only when it is an organisation.
 */
export type ResourceMobilisation = ResourceMobilised;

/** Sources whose donor is a person: no donor name is kept for them (domain.md §8). */
export const PERSONAL_SOURCES: readonly ResourceSource[] = ['individual', 'vietnamese-abroad'];

/** The activity's lifecycle status as its own stream has it, looked up by the route ('none': no such activity). */
export type LookedUpActivityStatus = ActivityStatus | 'none';

interface Withdrawable<T> {
  record: T;
  withdrawn: boolean;
}

/** One stream per activity: its outputs and the resources mobilised for it, by client id. */
export type ResultsState = {
  outputs: Readonly<Record<string, Withdrawable<ActivityOutput>>>;
  resources: Readonly<Record<string, Withdrawable<ResourceMobilisation>>>;
};

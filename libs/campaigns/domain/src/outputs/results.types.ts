import type { ActivityStatus, CampaignDomain } from '@tn/campaigns-contracts';

/** Công trình thanh niên (a youth work: a road, a house) or phần việc thanh niên (a youth task). */
export const OUTPUT_KINDS = ['youth-work', 'youth-task'] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

export interface MeasureValue {
  measureId: string;
  value: number;
}

/** A youth work or task an activity produced, measured in catalogue measures. */
export interface ActivityOutput {
  activityId: string;
  outputId: string;
  kind: OutputKind;
  name: string;
  /** The field it serves, when the activity works in several. */
  domain?: CampaignDomain;
  measures: MeasureValue[];
  /** What the work is worth, in whole VND (VND has no minor unit). */
  valuationVnd?: number;
  completedOn: string;
}

/** Xã hội hóa: who gave. Organisations may be named; people (including Vietnamese abroad) are counted anonymously. */
export const RESOURCE_SOURCES = ['business', 'individual', 'international', 'vietnamese-abroad', 'other-organisation'] as const;
export type ResourceSource = (typeof RESOURCE_SOURCES)[number];
/** Sources whose donor is a person: no donor name is kept for them (domain.md §8). */
export const PERSONAL_SOURCES: readonly ResourceSource[] = ['individual', 'vietnamese-abroad'];

export const RESOURCE_FORMS = ['cash', 'in-kind'] as const;
export type ResourceForm = (typeof RESOURCE_FORMS)[number];

/** Cash in whole VND, or goods described and valued in whole VND. */
export type ResourceGift =
  | { form: 'cash'; amountVnd: number }
  | { form: 'in-kind'; description: string; quantity?: number; unit?: string; valuationVnd: number };

export type ResourceMobilisation = ResourceGift & {
  activityId: string;
  resourceId: string;
  source: ResourceSource;
  receivedOn: string;
  /** Only for organisations (business, international, other-organisation). */
  donorName?: string;
};

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

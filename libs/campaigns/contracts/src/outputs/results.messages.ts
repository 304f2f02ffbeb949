import { commandType, eventType, IsFiniteNumber, IsIsoDate, IsNonEmptyText, NestedList, streamIdOf } from '@tn/shared-event-contracts';
import { Allow, IsInt, IsOptional, IsString } from 'class-validator';
import { onActivity } from '../common/command-rights';
import type { CampaignDomain } from '../read/campaign-domains';

/**
 * What each activity produced and mobilised: one `activity-results` stream per activity, beside
 * the activity's own stream (ADR 0007). No personal data: a donor is named only when it is an
 * organisation (business, international, other organisation); a person who gives is counted
 * without a name, and the decider refuses a name for them.
 */

export const ACTIVITY_RESULTS_STREAM_TYPE = 'activity-results';
export const activityResultsStreamId = (activityId: string) => streamIdOf(ACTIVITY_RESULTS_STREAM_TYPE, activityId);

/** Công trình thanh niên (a youth work: a road, a house) or phần việc thanh niên (a youth task). */
export const OUTPUT_KINDS = ['youth-work', 'youth-task'] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

/** Xã hội hóa: who gave. Organisations may be named; people (including Vietnamese abroad) are counted anonymously. */
export const RESOURCE_SOURCES = ['business', 'individual', 'international', 'vietnamese-abroad', 'other-organisation'] as const;
export type ResourceSource = (typeof RESOURCE_SOURCES)[number];

export const RESOURCE_FORMS = ['cash', 'in-kind'] as const;
export type ResourceForm = (typeof RESOURCE_FORMS)[number];

// ---- parts ---------------------------------------------------------------------------------

/** An output's value in one catalogue measure (the decider checks it against the measure's type). */
export class MeasureValue {
  @IsString() measureId!: string;
  @IsFiniteNumber() value!: number;
}

// ---- commands ------------------------------------------------------------------------------

class ResultsCommandPayload {
  @IsString() activityId!: string;
}

/** A youth work or task the activity produced, in catalogue measures (absent `measures`: none). */
export class RecordActivityOutput extends ResultsCommandPayload {
  @IsString() outputId!: string;
  @IsString() kind!: OutputKind;
  @IsString() name!: string;
  /** The field it serves, when the activity works in several. */
  @IsOptional() @IsString() domain?: CampaignDomain;
  @IsOptional() @NestedList(() => MeasureValue) measures?: MeasureValue[];
  /** What the work is worth, in whole VND. */
  @IsOptional() @IsFiniteNumber() valuationVnd?: number;
  @IsString() completedOn!: string;
}
/** Takes a mistaken output out of the counts, with a reason; the record stays in the history. */
export class WithdrawActivityOutput extends ResultsCommandPayload {
  @IsString() outputId!: string;
  @IsString() reason!: string;
  @IsString() withdrawnOn!: string;
}
/** The gift's form-specific fields arrive flat and are checked together (`amountVnd` is refused for goods). */
export class RecordResourceMobilised extends ResultsCommandPayload {
  @IsString() resourceId!: string;
  @IsString() source!: ResourceSource;
  @IsString() form!: string;
  @IsOptional() @IsFiniteNumber() amountVnd?: number;
  @IsOptional() @IsString() description?: string;
  @IsOptional() @IsFiniteNumber() quantity?: number;
  @IsOptional() @IsString() unit?: string;
  @IsOptional() @IsFiniteNumber() valuationVnd?: number;
  @IsString() receivedOn!: string;
  /** Only for organisations (business, international, other-organisation). */
  @IsOptional() @IsString() donorName?: string;
  /** The network's agreement it came under: in force on `receivedOn`, binding a unit of the activity's lineage (checked against the service's copy). */
  @IsOptional() @IsString() agreementId?: string;
}
export class WithdrawResourceMobilised extends ResultsCommandPayload {
  @IsString() resourceId!: string;
  @IsString() reason!: string;
  @IsString() withdrawnOn!: string;
}

/** An activity's outputs and resources: the permission over the activity's organiser unit. */
const onItsActivity = {
  streamId: (p: ResultsCommandPayload) => activityResultsStreamId(p.activityId),
  rights: (p: ResultsCommandPayload) => onActivity(p.activityId),
};

export const resultsCommandTypes = [
  commandType('RecordActivityOutput', RecordActivityOutput, onItsActivity),
  commandType('WithdrawActivityOutput', WithdrawActivityOutput, onItsActivity),
  commandType('RecordResourceMobilised', RecordResourceMobilised, onItsActivity),
  commandType('WithdrawResourceMobilised', WithdrawResourceMobilised, onItsActivity),
] as const;

// ---- events --------------------------------------------------------------------------------

class ResultsEventData {
  @IsNonEmptyText() activityId!: string;
}

export class ActivityOutputRecorded extends ResultsEventData {
  @IsNonEmptyText() outputId!: string;
  @IsNonEmptyText() kind!: OutputKind;
  @IsNonEmptyText() name!: string;
  @IsOptional() @IsString() domain?: CampaignDomain;
  /** `[{ measureId, value }]`, each value checked against its measure's type when decided */
  @Allow() measures!: MeasureValue[];
  /** whole VND */
  @IsOptional() @IsInt() valuationVnd?: number;
  @IsIsoDate() completedOn!: string;
}
export class ActivityOutputWithdrawn extends ResultsEventData {
  @IsNonEmptyText() outputId!: string;
  @IsNonEmptyText() reason!: string;
  @IsIsoDate() withdrawnOn!: string;
}
/** Cash (with `amountVnd`) or goods in kind (with `description`, `valuationVnd`); whole VND. */
export class ResourceMobilised extends ResultsEventData {
  @IsNonEmptyText() resourceId!: string;
  @IsNonEmptyText() source!: ResourceSource;
  @IsNonEmptyText() form!: ResourceForm;
  @IsOptional() @IsInt() amountVnd?: number;
  @IsOptional() @IsString() description?: string;
  @IsOptional() @IsFiniteNumber() quantity?: number;
  @IsOptional() @IsString() unit?: string;
  @IsOptional() @IsInt() valuationVnd?: number;
  @IsIsoDate() receivedOn!: string;
  /** organisations only */
  @IsOptional() @IsString() donorName?: string;
  /** The network's agreement it came under; absent from resources recorded before agreements existed. */
  @IsOptional() @IsNonEmptyText() agreementId?: string;
}
export class ResourceMobilisationWithdrawn extends ResultsEventData {
  @IsNonEmptyText() resourceId!: string;
  @IsNonEmptyText() reason!: string;
  @IsIsoDate() withdrawnOn!: string;
}

export const resultsEventTypes = [
  eventType('ActivityOutputRecorded', ActivityOutputRecorded),
  eventType('ActivityOutputWithdrawn', ActivityOutputWithdrawn),
  eventType('ResourceMobilised', ResourceMobilised),
  eventType('ResourceMobilisationWithdrawn', ResourceMobilisationWithdrawn),
] as const;

import type { OutputMeasure } from './output-measures';
import type { ActivityOutput, LookedUpActivityStatus, ResourceMobilisation } from './results.types';

/**
 * `activityStatus` and `catalogue` (the measures the command names, as the catalogue has them;
 * a missing id is unknown) are looked up by the route, so the decision stays pure.
 */
export type RecordActivityOutput = ActivityOutput & {
  type: 'RecordActivityOutput';
  activityStatus: LookedUpActivityStatus;
  catalogue: Readonly<Record<string, OutputMeasure>>;
};

/** Takes a mistaken output out of the counts, with a reason; the record stays in the history. */
export type WithdrawActivityOutput = { type: 'WithdrawActivityOutput'; activityId: string; outputId: string; reason: string; withdrawnOn: string };

/** The gift's form-specific fields arrive flat and are checked together (`amountVnd` is refused for goods). */
export type RecordResourceMobilised = Omit<ResourceMobilisation, 'form' | 'amountVnd' | 'description' | 'quantity' | 'unit' | 'valuationVnd'> & {
  type: 'RecordResourceMobilised';
  activityStatus: LookedUpActivityStatus;
  form: string;
  amountVnd?: number;
  description?: string;
  quantity?: number;
  unit?: string;
  valuationVnd?: number;
};

export type WithdrawResourceMobilised = { type: 'WithdrawResourceMobilised'; activityId: string; resourceId: string; reason: string; withdrawnOn: string };

export type ResultsCommand = RecordActivityOutput | WithdrawActivityOutput | RecordResourceMobilised | WithdrawResourceMobilised;

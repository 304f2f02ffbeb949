import { commandType, eventType, IsIsoDate, IsNonEmptyText, streamIdOf } from '@tn/shared-event-contracts';
import { IsString } from 'class-validator';
import type { CampaignCommandScope } from '../common/command-rights';
import type { MeasureValueType } from '../read/output-measures';

/** The platform's one catalogue of output measures: a single, small stream (tens of measures). */

export const OUTPUT_CATALOGUE_STREAM_TYPE = 'output-catalogue';
export const outputCatalogueStreamId = () => streamIdOf(OUTPUT_CATALOGUE_STREAM_TYPE, 'national');

// ---- commands ------------------------------------------------------------------------------

/** A system administrator adds a measure to the catalogue; repeating the same definition records nothing. */
export class DefineOutputMeasure {
  @IsString() measureId!: string;
  @IsString() nameVi!: string;
  @IsString() nameEn!: string;
  @IsString() unitVi!: string;
  @IsString() unitEn!: string;
  @IsString() valueType!: MeasureValueType;
  @IsString() definedOn!: string;
}
/** The measure takes no new outputs from then on; the outputs already recorded keep it. */
export class RetireOutputMeasure {
  @IsString() measureId!: string;
  @IsString() reason!: string;
  @IsString() retiredOn!: string;
}

/**
 * The platform's catalogue belongs to no unit: '' is a unit no grant covers, so only a system
 * administrator (a grant with no unit) passes.
 */
const platformWide = { streamId: () => outputCatalogueStreamId(), rights: (): CampaignCommandScope => ({ permission: 'campaigns:write', units: [''] }) };

export const catalogueCommandTypes = [
  commandType('DefineOutputMeasure', DefineOutputMeasure, platformWide),
  commandType('RetireOutputMeasure', RetireOutputMeasure, platformWide),
] as const;

// ---- events --------------------------------------------------------------------------------

export class OutputMeasureDefined {
  @IsNonEmptyText() measureId!: string;
  @IsNonEmptyText() nameVi!: string;
  @IsNonEmptyText() nameEn!: string;
  @IsNonEmptyText() unitVi!: string;
  @IsNonEmptyText() unitEn!: string;
  /** `count` (whole numbers) or `quantity` (decimals) */
  @IsNonEmptyText() valueType!: MeasureValueType;
  @IsIsoDate() definedOn!: string;
}
export class OutputMeasureRetired {
  @IsNonEmptyText() measureId!: string;
  @IsNonEmptyText() reason!: string;
  @IsIsoDate() retiredOn!: string;
}

export const catalogueEventTypes = [eventType('OutputMeasureDefined', OutputMeasureDefined), eventType('OutputMeasureRetired', OutputMeasureRetired)] as const;

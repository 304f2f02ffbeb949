import { streamIdOf } from '@tn/shared-event-contracts';
import type { OutputMeasureDefinition } from './output-measures';

export type OutputMeasureDefined = { type: 'OutputMeasureDefined'; data: OutputMeasureDefinition & { definedOn: string } };
export type OutputMeasureRetired = { type: 'OutputMeasureRetired'; data: { measureId: string; reason: string; retiredOn: string } };

export type CatalogueEvent = OutputMeasureDefined | OutputMeasureRetired;

/** The platform's one catalogue of output measures: a single, small stream (tens of measures). */
export const OUTPUT_CATALOGUE_STREAM_TYPE = 'output-catalogue';
export const outputCatalogueStreamId = () => streamIdOf(OUTPUT_CATALOGUE_STREAM_TYPE, 'national');

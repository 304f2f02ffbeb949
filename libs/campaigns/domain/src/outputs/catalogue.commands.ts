import type { OutputMeasureDefinition } from './output-measures';

/** A system administrator adds a measure to the catalogue; repeating the same definition records nothing. */
export type DefineOutputMeasure = OutputMeasureDefinition & { type: 'DefineOutputMeasure'; definedOn: string };
/** The measure takes no new outputs from then on; the outputs already recorded keep it. */
export type RetireOutputMeasure = { type: 'RetireOutputMeasure'; measureId: string; reason: string; retiredOn: string };

export type CatalogueCommand = DefineOutputMeasure | RetireOutputMeasure;

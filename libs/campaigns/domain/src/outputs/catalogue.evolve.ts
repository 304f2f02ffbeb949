import { builtInMeasures, type OutputMeasure } from '@tn/campaigns-contracts';
import { assertNever } from '@tn/shared-decider';
import type { CatalogueEvent } from './catalogue.events';
import { ownEntry } from './own-entry';

/** The measures administrators defined (the built-ins are not in the stream). */
export type CatalogueState = { measures: Readonly<Record<string, OutputMeasure>> };

export const initialCatalogue = (): CatalogueState => ({ measures: {} });

export function evolveCatalogue(state: CatalogueState, event: CatalogueEvent): CatalogueState {
  switch (event.type) {
    case 'OutputMeasureDefined': {
      const { measureId, nameVi, nameEn, unitVi, unitEn, valueType } = event.data;
      return { measures: { ...state.measures, [measureId]: { measureId, nameVi, nameEn, unitVi, unitEn, valueType, builtIn: false, retired: false } } };
    }
    case 'OutputMeasureRetired': {
      const measure = ownEntry(state.measures, event.data.measureId);
      return measure ? { measures: { ...state.measures, [measure.measureId]: { ...measure, retired: true } } } : state;
    }
    default:
      return assertNever(event);
  }
}

/** The whole catalogue: built-ins first, then the defined measures in the order they were defined. */
export const catalogueOf = (state: CatalogueState): OutputMeasure[] => [...builtInMeasures(), ...Object.values(state.measures)];

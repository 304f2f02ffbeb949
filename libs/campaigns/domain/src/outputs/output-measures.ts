import type { OutputMeasureDefinition } from '@tn/campaigns-contracts';
import { validationError } from '../common/errors';

// The catalogue's vocabulary is a read contract; the catalogue's events and commands name it from here.
export type { OutputMeasure, OutputMeasureDefinition } from '@tn/campaigns-contracts';

/** Whether a value fits the measure's type; otherwise a validation error naming the field. */
export function requireMeasureValue(measure: OutputMeasureDefinition, value: number, field: string): void {
  const fits = measure.valueType === 'count' ? Number.isSafeInteger(value) && value >= 0 : typeof value === 'number' && Number.isFinite(value) && value >= 0;
  if (!fits) {
    const expected = measure.valueType === 'count' ? 'a whole number ≥ 0' : 'a number ≥ 0';
    throw validationError('OUTPUT.MEASURE_VALUE_INVALID', field, `${measure.measureId} takes ${expected}`, {
      measureId: measure.measureId,
      valueType: measure.valueType,
      value,
    });
  }
}

import { validationError } from '../common/errors';

/**
 * What an output is measured in (domain.md §5): km of rural road, houses, trees, beneficiaries…
 * `count` takes whole numbers ≥ 0, `quantity` any finite number ≥ 0. Campaign goals name the
 * same ids (`CampaignGoal.measure`), so a goal and the outputs that meet it share one key.
 */
export const MEASURE_VALUE_TYPES = ['count', 'quantity'] as const;
export type MeasureValueType = (typeof MEASURE_VALUE_TYPES)[number];

/** A measure as defined: names and unit label in Vietnamese and English. */
export interface OutputMeasureDefinition {
  measureId: string;
  nameVi: string;
  nameEn: string;
  unitVi: string;
  unitEn: string;
  valueType: MeasureValueType;
}

/** A measure of the catalogue: shipped with the platform (built in) or defined by an administrator. */
export interface OutputMeasure extends OutputMeasureDefinition {
  builtIn: boolean;
  /** A retired measure takes no new outputs; outputs already recorded with it stay valid. */
  retired: boolean;
}

const count = (measureId: string, nameVi: string, nameEn: string, unitVi: string, unitEn: string): OutputMeasureDefinition => ({
  measureId,
  nameVi,
  nameEn,
  unitVi,
  unitEn,
  valueType: 'count',
});

/** Shipped with the platform: they can be neither redefined nor retired. */
export const BUILT_IN_MEASURES: readonly OutputMeasureDefinition[] = [
  { measureId: 'rural-road-km', nameVi: 'Đường giao thông nông thôn', nameEn: 'Rural road', unitVi: 'km', unitEn: 'km', valueType: 'quantity' },
  { measureId: 'lit-road-km', nameVi: 'Đường điện thắp sáng đường quê', nameEn: 'Lit village road', unitVi: 'km', unitEn: 'km', valueType: 'quantity' },
  count('houses', 'Nhà nhân ái, nhà tình nghĩa', 'Houses built or repaired', 'căn', 'houses'),
  count('trees', 'Cây xanh được trồng', 'Trees planted', 'cây', 'trees'),
  count('beneficiaries', 'Người được hỗ trợ', 'Beneficiaries', 'người', 'people'),
  count('blood-units', 'Đơn vị máu hiến', 'Blood units donated', 'đơn vị', 'units'),
  count('play-spaces', 'Sân chơi cho thiếu nhi', "Children's play spaces", 'sân chơi', 'play spaces'),
  count('classrooms', 'Phòng học', 'Classrooms', 'phòng', 'rooms'),
  count('bridges', 'Cầu', 'Bridges', 'cầu', 'bridges'),
  count('sanitation-works', 'Công trình vệ sinh', 'Sanitation works', 'công trình', 'works'),
  count('meals', 'Suất ăn', 'Meals served', 'suất', 'meals'),
  count('gifts', 'Suất quà', 'Gift packages', 'suất', 'packages'),
  count('scholarships', 'Suất học bổng', 'Scholarships', 'suất', 'scholarships'),
  count('medical-examinations', 'Lượt khám, chữa bệnh', 'Medical examinations', 'lượt', 'examinations'),
  { measureId: 'waste-tonnes', nameVi: 'Rác thải được thu gom', nameEn: 'Waste collected', unitVi: 'tấn', unitEn: 'tonnes', valueType: 'quantity' },
];

export const BUILT_IN_MEASURE_IDS: readonly string[] = BUILT_IN_MEASURES.map((measure) => measure.measureId);

export const builtInMeasures = (): OutputMeasure[] => BUILT_IN_MEASURES.map((measure) => ({ ...measure, builtIn: true, retired: false }));

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

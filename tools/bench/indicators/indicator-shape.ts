import { type NationalShape, nationalShape } from '../national/national-shape';
import { mix } from '../national/seed-kit';

/**
 * What K1–K5 read beyond the national dataset's hierarchy and activities (tools/bench/national):
 * dedicated cadres with their training, coordination models, groups, partners with agreements and
 * declared figures, sized from the same BENCH_SCALE and laid out by arithmetic on indexes as the
 * national shape is (commune c lies in province c % P). The national activities already name
 * `nat-cadre-<commune>` as responsible: those are the communes' dedicated cadres here.
 */
export interface IndicatorShape {
  national: NationalShape;
  /** The year the values are asked for: the seeded activities run from 2025-08 to 2026-11, most of them in 2026. */
  year: number;
  /** Coordination models, each with its own curriculum. */
  models: number;
  /** Groups each commune hosts (a third of the communes have one more, self-registered and pending). */
  groupsPerCommune: number;
  partnersPerProvince: number;
}

export const INDICATOR_YEAR = 2026;

export function indicatorShape(scale: number): IndicatorShape {
  return {
    national: nationalShape(scale),
    year: INDICATOR_YEAR,
    models: 4,
    groupsPerCommune: 2,
    partnersPerProvince: Math.max(2, Math.round(30 * scale)),
  };
}

export const indicatorIds = {
  /** As the national activities name their responsible cadre. */
  communeCadre: (c: number) => `nat-cadre-${c}`,
  provinceCadre: (p: number) => `nat-cadre-p${p}`,
  kind: 'bi-kind-coordination',
  model: (m: number) => `bi-model-${m}`,
  curriculum: (m: number) => `bi-curriculum-${m}`,
  course: (p: number, m: number) => `bi-course-${p}-${m}`,
  group: (c: number, k: number) => `bi-group-${c}-${k}`,
  partner: (p: number, k: number) => `bi-partner-${p}-${k}`,
  agreement: (p: number, k: number) => `bi-partner-${p}-${k}-a1`,
};

/** The model a commune's activities apply and its cadre is trained on. */
export const modelOfCommune = (shape: IndicatorShape, c: number) => c % shape.models;
/** Four in five commune cadres passed their model's course. */
export const isTrained = (c: number) => mix(c, 42) % 10 < 8;
/** One in ten of those later had the qualification revoked. */
export const isRevoked = (c: number) => mix(c, 43) % 10 === 0;
/** Half the activities apply their commune's coordination model. */
export const namesModel = (a: number) => mix(a, 41) % 2 === 0;
/** One activity in five names a group of its commune, one in fifteen a partner of its province. */
export const namesGroup = (a: number) => a % 5 === 0;
export const namesPartner = (shape: IndicatorShape, a: number) => a % 15 === 0 && shape.partnersPerProvince > 0;
/** A third of the communes also host a self-registered group still pending verification. */
export const hasPendingGroup = (c: number) => c % 3 === 0;

/** The communes of province p, in index order. */
export function communesOfProvince(shape: IndicatorShape, p: number): number[] {
  const communes: number[] = [];
  for (let c = p; c < shape.national.communes; c += shape.national.provinces) communes.push(c);
  return communes;
}

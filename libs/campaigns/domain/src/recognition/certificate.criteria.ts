import type { CertificateCriteria, ParticipationFacts } from '@tn/campaigns-contracts';
import { validationError } from '../common/errors';

export type CriterionName = keyof CertificateCriteria;

export interface UnmetCriterion {
  criterion: CriterionName;
  required: number;
  actual: number;
}

export interface CertificateEvaluation {
  met: boolean;
  unmet: UnmetCriterion[];
}

const FACT_OF: Readonly<Record<CriterionName, keyof ParticipationFacts>> = { minimumHours: 'hours', minimumActivities: 'activities' };

/** Criteria name at least one positive threshold and nothing else. */
export function requireCriteria(criteria: CertificateCriteria): void {
  const entries = Object.entries(criteria ?? {}).filter(([, value]) => value !== undefined);
  if (entries.length === 0) throw validationError('CERTIFICATE.CRITERIA_REQUIRED', 'criteria', 'at least one criterion is required');
  for (const [name, value] of entries) {
    if (!(name in FACT_OF)) throw validationError('CERTIFICATE.CRITERION_UNKNOWN', `criteria.${name}`, `unknown criterion ${name}`);
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw validationError('CERTIFICATE.CRITERION_INVALID', `criteria.${name}`, 'a threshold is a positive number', { value });
    }
  }
}

/**
 * The thresholds a campaign may set: at least one hour or activity, at most what a year of steady
 * volunteering gives (a threshold nobody can reach would make the award meaningless).
 */
export const CRITERION_RANGES: Readonly<Record<CriterionName, { min: number; max: number }>> = Object.freeze({
  minimumHours: { min: 1, max: 1000 },
  minimumActivities: { min: 1, max: 100 },
});

/**
 * A campaign's criteria as part of its definition: at least one, each a whole number within its
 * range. `prefix` names the field (`definition.certificateCriteria.`).
 */
export function requireCampaignCriteria(criteria: CertificateCriteria, prefix: string): void {
  if (typeof criteria !== 'object' || criteria === null) throw validationError('CERTIFICATE.CRITERIA_REQUIRED', prefix.slice(0, -1), 'criteria are an object');
  const given = Object.entries(criteria).filter(([, value]) => value !== undefined);
  if (given.length === 0) throw validationError('CERTIFICATE.CRITERIA_REQUIRED', prefix.slice(0, -1), 'at least one criterion is required');
  for (const [name, value] of given) {
    if (!Object.hasOwn(CRITERION_RANGES, name)) throw validationError('CERTIFICATE.CRITERION_UNKNOWN', `${prefix}${name}`, `unknown criterion ${name}`);
    const range = CRITERION_RANGES[name as CriterionName];
    if (!Number.isInteger(value) || value < range.min || value > range.max) {
      throw validationError('CERTIFICATE.CRITERION_OUT_OF_RANGE', `${prefix}${name}`, `a whole number from ${range.min} to ${range.max}`, { value, ...range });
    }
  }
}

/** Pure: which criteria the facts meet. Met when nothing is unmet. */
export function evaluateCertificate(criteria: CertificateCriteria, facts: ParticipationFacts): CertificateEvaluation {
  const unmet: UnmetCriterion[] = [];
  for (const criterion of Object.keys(FACT_OF) as CriterionName[]) {
    const required = criteria[criterion];
    if (required === undefined) continue;
    const actual = facts[FACT_OF[criterion]];
    if (!(actual >= required)) unmet.push({ criterion, required, actual });
  }
  return { met: unmet.length === 0, unmet };
}

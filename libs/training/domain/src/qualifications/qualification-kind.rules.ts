import { type QualificationKindTerms, RENEWAL_WINDOW_MONTHS_RANGE, VALIDITY_YEARS_RANGE } from '@tn/training-contracts';
import { validationError } from '../common/errors';
import { requireIdList } from '../common/rules';
import { requireQualificationText, requireWholeNumberWithin } from './qualification.rules';

/** A kind's terms, as its definition and each revision state them whole. */
export function requireKindTerms(kindId: string, terms: QualificationKindTerms): void {
  requireQualificationText(kindId, 'kindId', 'a kind id');
  requireQualificationText(terms.name, 'name', 'a name');
  requireQualificationText(terms.ownerUnitId, 'ownerUnitId', 'an owner unit');
  requireWholeNumberWithin(terms.validityYears, VALIDITY_YEARS_RANGE, 'validityYears');
  requireWholeNumberWithin(terms.renewalWindowMonths, RENEWAL_WINDOW_MONTHS_RANGE, 'renewalWindowMonths');
  requireIdList(terms.grantingCurriculumIds, 'QUALIFICATION.ID_LIST_INVALID', 'grantingCurriculumIds');
  requireIdList(terms.renewingCurriculumIds, 'QUALIFICATION.ID_LIST_INVALID', 'renewingCurriculumIds');
  requireIdList(terms.prerequisiteKindIds, 'QUALIFICATION.ID_LIST_INVALID', 'prerequisiteKindIds');
  if (terms.prerequisiteKindIds.includes(kindId)) {
    throw validationError('QUALIFICATION.ID_LIST_INVALID', 'prerequisiteKindIds', 'a kind cannot be its own prerequisite', { kindId });
  }
  // Leading a course proves a trainer's practice; it renews nothing a learner holds.
  if (terms.leadingRenews && !terms.isTrainerQualification) {
    throw validationError('QUALIFICATION.LEADING_RENEWS_TRAINERS_ONLY', 'leadingRenews', 'only a trainer qualification is renewed by leading a course');
  }
}

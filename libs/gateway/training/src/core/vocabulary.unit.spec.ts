import { ApiError } from '@tn/gateway-graphql-kit';
import { requireFilterValue, requireVocabularyValue } from './vocabulary';

describe('vocabulary filters', () => {
  const STATUSES = ['published', 'retired'] as const;

  it('passes a known value and an absent filter through', () => {
    expect(requireVocabularyValue('retired', STATUSES, 'status', 'en')).toBe('retired');
    expect(requireFilterValue(null, STATUSES, 'status', 'en')).toBeUndefined();
    expect(requireFilterValue(undefined, STATUSES, 'status', 'en')).toBeUndefined();
  });

  it("refuses anything else with the decider's code for the field, naming it", () => {
    expect.assertions(3);
    try {
      requireFilterValue('draft', STATUSES, 'status', 'en', 'CATALOGUE.TARGET_GROUP_UNKNOWN');
    } catch (error) {
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).code).toBe('CATALOGUE.TARGET_GROUP_UNKNOWN');
      expect((error as ApiError).extensions['field']).toBe('status');
    }
  });
});

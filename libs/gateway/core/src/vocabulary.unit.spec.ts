import { ApiError } from '@tn/gateway-graphql-kit';
import { vocabularyChecks } from './vocabulary';

describe('vocabulary filters', () => {
  const STATUSES = ['published', 'retired'] as const;
  const { requireFilterValue, requireVocabularyValue } = vocabularyChecks<'COURSE.STATUS_UNKNOWN'>();

  it('passes a known value and an absent filter through', () => {
    expect(requireVocabularyValue('retired', STATUSES, 'status', 'en')).toBe('retired');
    expect(requireFilterValue(null, STATUSES, 'status', 'en')).toBeUndefined();
    expect(requireFilterValue(undefined, STATUSES, 'status', 'en')).toBeUndefined();
  });

  it("refuses anything else with the decider's code for the field, naming it", () => {
    expect.assertions(3);
    try {
      requireFilterValue('draft', STATUSES, 'status', 'en', 'COURSE.STATUS_UNKNOWN');
    } catch (error) {
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).code).toBe('COURSE.STATUS_UNKNOWN');
      expect((error as ApiError).extensions['field']).toBe('status');
    }
  });

  it('refuses with BAD_USER_INPUT when the field has no code of its own', () => {
    expect(() => requireVocabularyValue('draft', STATUSES, 'status', 'en')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});

import { apiError, type Language } from '@tn/gateway-graphql-kit';

/**
 * A slice's vocabulary checks, typed by its error codes: one of a vocabulary's values (a status,
 * a kind, a level), or refused with the code the decider uses for the same field (BAD_USER_INPUT
 * when it has none), naming the field.
 */
export function vocabularyChecks<ErrorCode extends string>() {
  type Code = ErrorCode | 'BAD_USER_INPUT';

  function requireVocabularyValue<T extends string>(value: string, allowed: readonly T[], field: string, language: Language, code: Code = 'BAD_USER_INPUT'): T {
    if (!(allowed as readonly string[]).includes(value)) {
      throw apiError({ code, kind: 'validation', field, details: { allowed: allowed.join(', ') } }, language);
    }
    return value as T;
  }

  /** A list filter: absent, or one of the vocabulary's values (see requireVocabularyValue). */
  function requireFilterValue<T extends string>(
    value: string | null | undefined,
    allowed: readonly T[],
    field: string,
    language: Language,
    code: Code = 'BAD_USER_INPUT',
  ): T | undefined {
    return value === null || value === undefined ? undefined : requireVocabularyValue(value, allowed, field, language, code);
  }

  return { requireVocabularyValue, requireFilterValue };
}

import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** What the API said, in the language the request asked for (the gateway localises its messages). */
export interface ApiProblem {
  message: string;
  code?: string;
  /** The input field at fault, when the API names one. */
  field?: string;
}

/** The API's own errors, or null for a network failure (the caller shows its own message then). */
export function apiProblemsOf(error: unknown): ApiProblem[] | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  return error.errors.map((problem) => ({
    message: problem.message,
    code: typeof problem.extensions?.['code'] === 'string' ? problem.extensions['code'] : undefined,
    field: typeof problem.extensions?.['field'] === 'string' ? problem.extensions['field'] : undefined,
  }));
}

/**
 * Field errors for a form: the API names input fields by their path (`input.reason` or `reason`);
 * the form's own field names are the last segment.
 */
export function fieldErrorsOf<F extends string>(problems: ApiProblem[], formFields: readonly F[]): { name: F; errors: string[] }[] {
  return problems.flatMap((problem) => {
    const name = problem.field?.split('.').pop();
    return name && (formFields as readonly string[]).includes(name) ? [{ name: name as F, errors: [problem.message] }] : [];
  });
}

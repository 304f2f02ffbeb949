import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { apiError } from '@tn/gateway-graphql-kit';

/** The first failing field, with the code its decorator names (`context: { code }`) or BAD_USER_INPUT. */
function firstProblem(errors: ValidationError[], prefix = ''): { field: string; code: string } | undefined {
  for (const error of errors) {
    const field = `${prefix}${error.property}`;
    if (error.constraints) {
      const constraint = Object.keys(error.constraints)[0]!;
      const code = (error.contexts?.[constraint] as { code?: string } | undefined)?.code ?? 'BAD_USER_INPUT';
      return { field, code };
    }
    const nested = firstProblem(error.children ?? [], `${field}.`);
    if (nested) return nested;
  }
  return undefined;
}

/**
 * Edge validation of mutation inputs (class-validator): a typed error naming the field. The
 * message is rendered again in the request's language when the error is formatted.
 */
export const inputValidationPipe = () =>
  new ValidationPipe({
    transform: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const problem = firstProblem(errors) ?? { field: 'input', code: 'BAD_USER_INPUT' };
      // Top-level args are named `input`: name the field as the client wrote it.
      return apiError({ code: problem.code, field: problem.field, kind: 'validation' });
    },
  });

import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { MaxLength, ValidateBy, type ValidationOptions } from 'class-validator';
import { apiError } from '@tn/gateway-graphql-kit';
import { isEntityId, MAX_LINE_TEXT_LENGTH, textProblem } from '@tn/shared-event-contracts';

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

/**
 * An entity id by the platform's one grammar (shared-event-contracts), refused with
 * `INPUT.ID_INVALID` naming the field; `{ each: true }` for a list of ids. The owning service
 * checks the same grammar again, whoever sends the command.
 */
export const IsEntityId = (options: Pick<ValidationOptions, 'each'> = {}) =>
  ValidateBy(
    // A message is needed: class-validator drops the context (and so the code) of a constraint without one.
    { name: 'isEntityId', validator: { validate: (value: unknown) => isEntityId(value), defaultMessage: () => '$property is not an id' } },
    { ...options, context: { code: 'INPUT.ID_INVALID' } },
  );

/**
 * Text without control characters (line feed and tab allowed when `multiline`) and without bidi
 * overrides or isolates, refused with `INPUT.TEXT_FORBIDDEN_CHARACTER`; pair it with
 * `MaxTextLength` for the length.
 */
export const IsCleanText = (options: Pick<ValidationOptions, 'each'> & { multiline?: boolean } = {}) =>
  ValidateBy(
    {
      name: 'isCleanText',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && textProblem(value, { multiline: options.multiline, maxLength: Number.MAX_SAFE_INTEGER }) === undefined,
        defaultMessage: () => '$property holds characters that are not allowed',
      },
    },
    { each: options.each, context: { code: 'INPUT.TEXT_FORBIDDEN_CHARACTER' } },
  );

/** At most `max` characters (the service's own ceiling is MAX_LINE_TEXT_LENGTH), refused with `INPUT.TEXT_TOO_LONG`. */
export const MaxTextLength = (max: number = MAX_LINE_TEXT_LENGTH, options: Pick<ValidationOptions, 'each'> = {}) =>
  MaxLength(max, { ...options, context: { code: 'INPUT.TEXT_TOO_LONG' } });

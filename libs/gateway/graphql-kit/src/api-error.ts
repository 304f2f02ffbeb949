import { GraphQLError } from 'graphql';
import { type ErrorCatalog, GATEWAY_CATALOG } from './error-catalog';
import type { Language } from './language';
import type { ErrorKind } from './message-template';

export interface ApiErrorInput {
  /** Stable, language-neutral code, for example `UNIT.CYCLE`. */
  code: string;
  /** The input field at fault. */
  field?: string;
  kind?: ErrorKind;
  /** Values for the message template; they do not reach the client otherwise (they may be personal). */
  details?: Readonly<Record<string, unknown>>;
  /** Extra public extensions such as `retryAfterMs`: only values safe to show anyone. */
  extensions?: Readonly<Record<string, string | number | boolean>>;
  /**
   * Apollo sets this HTTP status and these headers, then strips it. The status counts for
   * request-level refusals only: NestJS answers 200 for a response with data (execution errors).
   */
  http?: { status?: number; headers?: Map<string, string> };
}

/**
 * A GraphQL error of ours: a catalogued code, a localised message, public extensions only. Its
 * own message speaks with the gateway's catalogue only; a context's code is said in full by
 * formatError, which renders every error again from the composed catalogue.
 */
export class ApiError extends GraphQLError {
  readonly code: string;
  readonly field?: string;
  readonly kind?: ErrorKind;
  /** Template values, kept so that formatError can say it again in the request's language. */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(input: ApiErrorInput, language: Language) {
    const { code, field, kind, details = {}, extensions = {}, http } = input;
    super(GATEWAY_CATALOG.messageFor(code, language, { ...details, ...(field ? { field } : {}) }, kind), {
      extensions: {
        ...extensions,
        code,
        ...(field ? { field } : {}),
        ...(kind ? { kind } : {}),
        ...(http ? { http } : {}),
      },
    });
    this.name = 'ApiError';
    this.code = code;
    this.field = field;
    this.kind = kind;
    this.details = details;
  }

  /** The message in a language, from a catalogue (errors thrown where the request language is unknown, e.g. pipes). */
  messageIn(language: Language, catalog: ErrorCatalog = GATEWAY_CATALOG): string {
    return catalog.messageFor(this.code, language, { ...this.details, ...(this.field ? { field: this.field } : {}) }, this.kind);
  }
}

/** The one way the gateway builds client-facing errors. */
export const apiError = (input: ApiErrorInput, language: Language = 'vi'): ApiError => new ApiError(input, language);

/** What a service returns when a command fails (the `error` of a failed `CommandReply`). */
export interface CommandReplyError {
  kind: ErrorKind;
  code: string;
  field?: string;
  message: string;
  details?: Record<string, unknown>;
}

/**
 * A service's typed failure as a client error. The service's own English `message` is for
 * logs and is not passed on; the catalogue speaks to the user. Deciders put the field of
 * illegal-state errors in `details.field`, so it is taken from there when needed.
 */
export function fromCommandReplyError(error: CommandReplyError, language: Language = 'vi'): ApiError {
  const details = error.details ?? {};
  const field = error.field ?? (typeof details['field'] === 'string' ? details['field'] : undefined);
  return apiError({ code: error.code, kind: error.kind, details, ...(field ? { field } : {}) }, language);
}

import type { ApolloServerPlugin, BaseContext, GraphQLRequestContext } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { ApiError } from './api-error';
import { coercionProblem } from './coercion-error';
import { requestProblem } from './request-error';
import type { ErrorCatalog } from './error-catalog';
import { type Language, requestLanguage } from './language';
import { isStoreUnavailable } from './store-unavailable';

// Errors about the request itself (no `path`): their graphql message is useful and safe.
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

// Codes NestJS gives its HTTP exceptions (guards, pipes): shown with our localised message.
const FRAMEWORK_CODES: Readonly<Record<string, string>> = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_REQUEST: 'BAD_USER_INPUT',
};

/** Our error, wherever graphql-js or Apollo wrapped it (`originalError` chain). */
function apiErrorIn(error: unknown): ApiError | undefined {
  let current: unknown = error;
  for (let hops = 0; current && hops < 5; hops += 1) {
    if (current instanceof ApiError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/**
 * Apollo `formatError` in a given language, every message said from `catalog`: our errors go out
 * with their code and extensions; parse, validation and variable errors keep their graphql
 * message, except values of the wrong type, which are said again without the value; an
 * unreachable MongoDB is SERVICE_UNAVAILABLE (retryable); anything else is hidden as INTERNAL,
 * without message, details or stack trace.
 */
export function toGraphQLFormattedError(formatted: GraphQLFormattedError, error: unknown, language: Language, catalog: ErrorCatalog): GraphQLFormattedError {
  const { locations, path } = formatted;
  const where = { ...(locations ? { locations } : {}), ...(path ? { path } : {}) };
  const ours = apiErrorIn(error);
  if (ours) {
    const { http: _http, ...extensions } = ours.extensions;
    return { message: ours.messageIn(language, catalog), ...where, extensions };
  }
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && !path && REQUEST_CODES.has(code)) {
    // A mistyped value: say which field in the request's language, never the value (a password?).
    const problem = coercionProblem(formatted.message, error);
    if (problem) {
      const field = problem.field ? { field: problem.field } : {};
      return { message: catalog.messageFor('VALUE_TYPE_INVALID', language, { ...problem }), ...where, extensions: { code, ...field } };
    }
    // A field left out or unknown, a syntax error: said again in the request's language.
    const known = requestProblem(formatted.message);
    if (known) {
      const field = known.values['field'] ? { field: known.values['field'] } : {};
      return { message: catalog.messageFor(known.code, language, known.values), ...where, extensions: { code, ...field } };
    }
    return { message: formatted.message, ...where, extensions: { code } };
  }
  if (typeof code === 'string' && Object.prototype.hasOwnProperty.call(FRAMEWORK_CODES, code)) {
    return { message: catalog.messageFor(FRAMEWORK_CODES[code], language), ...where, extensions: { code: FRAMEWORK_CODES[code] } };
  }
  if (isStoreUnavailable(error)) {
    // The read models' server is away (restarting): a retry will do, nothing is wrong with the request.
    return { message: catalog.messageFor('SERVICE_UNAVAILABLE', language), ...where, extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true } };
  }
  return { message: catalog.messageFor('INTERNAL', language), ...where, extensions: { code: 'INTERNAL' } };
}

export interface LocalisedErrorsOptions {
  /** Every code's messages (the gateway's and each context's): each error's final message is said from it. */
  catalog: ErrorCatalog;
  /** The language of a request; by default from its Accept-Language header. */
  languageOf?: (requestContext: GraphQLRequestContext<BaseContext>) => Language;
  /** Called with each error hidden as INTERNAL, to log it (the client never sees it). */
  onInternalError?: (error: unknown) => void;
  /** Called with each unreachable-store error answered as SERVICE_UNAVAILABLE (a lasting one may be a misconfiguration). */
  onStoreUnavailable?: (error: unknown) => void;
}

/**
 * `formatError` receives no request, so the plugin remembers each error's request language
 * (Apollo hands the same error objects to `didEncounterErrors` and then to `formatError`)
 * and `formatError` reads it from this shared closure. Register both:
 *   `{ plugins: [errors.plugin], formatError: errors.formatError }`.
 */
export function localisedErrors(options: LocalisedErrorsOptions) {
  const languageOf = options.languageOf ?? requestLanguage;
  const languages = new WeakMap<object, Language>();
  const remember = (errors: readonly object[], language: Language) => errors.forEach((error) => languages.set(error, language));

  const plugin: ApolloServerPlugin<BaseContext> = {
    async requestDidStart(requestContext) {
      const language = languageOf(requestContext);
      return {
        async didEncounterErrors({ errors }) {
          remember(errors, language);
        },
        async didEncounterSubsequentErrors(_context, errors) {
          remember(errors, language);
        },
      };
    },
  };

  const formatError = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const language = (typeof error === 'object' && error !== null && languages.get(error)) || 'vi';
    const result = toGraphQLFormattedError(formatted, error, language, options.catalog);
    if (result.extensions?.['code'] === 'INTERNAL' && !apiErrorIn(error)) options.onInternalError?.(error);
    else if (result.extensions?.['code'] === 'SERVICE_UNAVAILABLE' && !apiErrorIn(error)) options.onStoreUnavailable?.(error);
    return result;
  };

  return { plugin, formatError };
}

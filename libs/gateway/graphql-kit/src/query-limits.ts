import type { ApolloServerPlugin, BaseContext, GraphQLRequestContext } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import { apiError, type ApiError } from './api-error';
import { type Language, requestLanguage } from './language';
import { fragmentsOf, operationCost, operationDepth } from './query-measure';

// A refused query is the client's mistake: 400, not Apollo's default 500 for plugin errors.
const BAD_REQUEST = { status: 400 };

const tooDeep = (max: number, actual: number, language: Language): ApiError =>
  apiError({ code: 'QUERY_TOO_DEEP', kind: 'validation', details: { max, actual }, extensions: { max, actual }, http: BAD_REQUEST }, language);

const tooComplex = (max: number, actual: number, language: Language): ApiError =>
  apiError({ code: 'QUERY_TOO_COMPLEX', kind: 'validation', details: { max, actual }, extensions: { max, actual }, http: BAD_REQUEST }, language);

export interface DepthLimitOptions {
  /** Let `__schema`/`__type` nest freely (only where introspection is enabled at all). */
  allowIntrospection?: boolean;
  language?: Language;
}

/** Refuses operations nested deeper than `maxDepth` fields (fragments followed). */
export function depthLimitRule(maxDepth: number, options: DepthLimitOptions = {}): ValidationRule {
  return (context) => {
    const fragments = fragmentsOf(context.getDocument());
    return {
      OperationDefinition(operation) {
        const actual = operationDepth(operation, fragments, options.allowIntrospection);
        if (actual > maxDepth) context.reportError(tooDeep(maxDepth, actual, options.language ?? 'vi'));
      },
    };
  };
}

export interface ComplexityLimitOptions {
  defaultListSize: number;
  /** Validation rules see no request: the caller hands the variables over. */
  getVariables?: () => Readonly<Record<string, unknown>> | undefined;
  allowIntrospection?: boolean;
  language?: Language;
}

/** Refuses operations whose cost (see `operationCost`) exceeds `maxCost`. */
export function complexityLimitRule(maxCost: number, options: ComplexityLimitOptions): ValidationRule {
  return (context) => {
    const fragments = fragmentsOf(context.getDocument());
    return {
      OperationDefinition(operation) {
        const variables = options.getVariables?.() ?? {};
        const actual = operationCost(context.getSchema(), operation, fragments, { ...options, variables });
        if (actual > maxCost) context.reportError(tooComplex(maxCost, actual, options.language ?? 'vi'));
      },
    };
  };
}

export interface QueryLimitsPluginOptions {
  maxDepth: number;
  maxCost: number;
  defaultListSize: number;
  allowIntrospection?: boolean;
  /** By default from the Accept-Language header. */
  languageOf?: (requestContext: GraphQLRequestContext<BaseContext>) => Language;
}

/**
 * The same limits as an Apollo plugin, because only there are the request's variables and
 * language known. Only the operation being run is measured.
 */
export function queryLimitsPlugin(options: QueryLimitsPluginOptions): ApolloServerPlugin<BaseContext> {
  const languageOf = options.languageOf ?? requestLanguage;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext) {
          const { operation, document, schema, request } = requestContext;
          if (!operation) return;
          const fragments = fragmentsOf(document);
          const depth = operationDepth(operation, fragments, options.allowIntrospection);
          if (depth > options.maxDepth) throw tooDeep(options.maxDepth, depth, languageOf(requestContext));
          const variables = request.variables ?? {};
          const cost = operationCost(schema, operation, fragments, { ...options, variables });
          if (cost > options.maxCost) throw tooComplex(options.maxCost, cost, languageOf(requestContext));
        },
      };
    },
  };
}

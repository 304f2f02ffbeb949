export { type Language, languageOf, requestLanguage, type RequestWithHeaders } from './language';
export { foldVietnamese, SEARCH_QUERY_LIMITS, searchPattern } from './vietnamese-fold';
export { type ErrorKind, type MessageTemplate, renderTemplate } from './message-template';
export { type ContextMessages, GATEWAY_MESSAGES, type GatewayErrorCode } from './gateway-messages';
export { ErrorCatalog } from './error-catalog';
export { ApiError, apiError, type ApiErrorInput, type CommandReplyError, fromCommandReplyError } from './api-error';
export { localisedErrors, type LocalisedErrorsOptions, toGraphQLFormattedError } from './format-error';
export { type CostOptions, type Fragments, fragmentsOf, operationCost, operationDepth } from './query-measure';
export {
  complexityLimitRule,
  type ComplexityLimitOptions,
  depthLimitRule,
  type DepthLimitOptions,
  queryLimitsPlugin,
  type QueryLimitsPluginOptions,
} from './query-limits';
export { type CursorValue, decodeCursor, encodeCursor, pageSize, type PageSizeOptions } from './pagination';
export { type Edge, type Page, PageInfo, Paginated } from './paginated';
export { RateLimiter, type RateDecision, type RateLimiterOptions } from './rate-limiter';
export { LIMIT_STORE_TIMEOUT_MS, LimitStore } from './rate-limiter-store';
export { rateLimitPlugin, type RateLimitPluginOptions } from './rate-limit.plugin';
export {
  type BackOffPolicy,
  DEFAULT_SIGN_IN_THROTTLE,
  type SignInThrottle,
  type SignInThrottlePolicy,
  type ThrottleVerdict,
} from './sign-in-throttle';
export { SharedSignInThrottle } from './shared-sign-in-throttle';
export { isStoreUnavailable, unreachableStoreErrorOf } from './store-unavailable';

import { isIsoDate } from '@tn/shared-event-contracts';
import { apiError, type Language } from '@tn/gateway-graphql-kit';

const STATUSES = ['open', 'closed'];
const ROLES = ['campaign', 'template', 'local'];

export interface CampaignFilterArgs {
  from?: string | undefined;
  to?: string | undefined;
  status?: string | undefined;
  role?: string | undefined;
}

/** A filter value that could never match is the client's mistake, said as such rather than answered with an empty page. */
export function requireCampaignFilters(args: CampaignFilterArgs, language: Language): void {
  for (const field of ['from', 'to'] as const) {
    const value = args[field];
    if (value && !isIsoDate(value)) throw apiError({ code: 'DATE.INVALID', kind: 'validation', field }, language);
  }
  if (args.from && args.to && args.to < args.from)
    throw apiError({ code: 'BAD_USER_INPUT', kind: 'validation', field: 'to', details: { from: args.from, to: args.to } }, language);
  if (args.status && !STATUSES.includes(args.status))
    throw apiError({ code: 'BAD_USER_INPUT', kind: 'validation', field: 'status', details: { allowed: STATUSES.join(', ') } }, language);
  if (args.role && !ROLES.includes(args.role))
    throw apiError({ code: 'BAD_USER_INPUT', kind: 'validation', field: 'role', details: { allowed: ROLES.join(', ') } }, language);
}

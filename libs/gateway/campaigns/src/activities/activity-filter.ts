import { ACTIVITY_STATUSES, type AreaFlags, CAMPAIGN_DOMAINS } from '@tn/campaigns-contracts';
import { isIsoDate } from '@tn/shared-event-contracts';
import { apiError, type Language } from '@tn/gateway-graphql-kit';

/** Every area flag, checked complete against the domain's AreaFlags by the compiler. */
const FLAGS: Readonly<Record<keyof AreaFlags, true>> = { ethnicMinority: true, mountainous: true, border: true, island: true };
export const AREA_FLAG_NAMES = Object.keys(FLAGS) as (keyof AreaFlags)[];

/** A unit's view of its activities, after validation: only these typed values reach the query. */
export interface ActivityFilters {
  organiserUnitId: string;
  campaignId?: string;
  status?: string;
  domain?: string;
  /** Every listed flag must be true on the activity's location. */
  areaFlags?: (keyof AreaFlags)[];
  /** The period the activity runs in (planned), or its proposal date before it is planned, overlaps [from, to]. */
  from?: string;
  to?: string;
}

export interface ActivityFilterArgs {
  campaignId?: string | null;
  status?: string | null;
  domain?: string | null;
  areaFlags?: readonly string[] | null;
  from?: string | null;
  to?: string | null;
}

const isFlag = (name: string): name is keyof AreaFlags => Object.prototype.hasOwnProperty.call(FLAGS, name);

/** Checks the client's filter arguments (flag names, dates) and keeps only strings of known meaning. */
export function activityFiltersOf(organiserUnitId: string, args: ActivityFilterArgs, language: Language): ActivityFilters {
  const unknown = (args.areaFlags ?? []).find((name) => !isFlag(name));
  if (unknown !== undefined) {
    throw apiError(
      { code: 'ACTIVITY.AREA_FLAG_UNKNOWN', kind: 'validation', field: 'areaFlags', details: { flag: unknown, allowed: AREA_FLAG_NAMES.join(', ') } },
      language,
    );
  }
  for (const field of ['from', 'to'] as const) {
    const value = args[field];
    if (value && !isIsoDate(value)) throw apiError({ code: 'DATE.INVALID', kind: 'validation', field }, language);
  }
  // A value that could never match is the client's mistake, said as such rather than answered with an empty page.
  for (const [field, allowed] of [
    ['status', ACTIVITY_STATUSES],
    ['domain', CAMPAIGN_DOMAINS],
  ] as const) {
    const value = args[field];
    if (value && !(allowed as readonly string[]).includes(value))
      throw apiError({ code: 'BAD_USER_INPUT', kind: 'validation', field, details: { allowed: allowed.join(', ') } }, language);
  }
  if (args.from && args.to && args.to < args.from) {
    throw apiError({ code: 'ACTIVITY.FILTER_PERIOD_INVALID', kind: 'validation', field: 'to', details: { from: args.from, to: args.to } }, language);
  }
  const flags = [...new Set((args.areaFlags ?? []).filter(isFlag))];
  return {
    organiserUnitId,
    ...(args.campaignId ? { campaignId: args.campaignId } : {}),
    ...(args.status ? { status: args.status } : {}),
    ...(args.domain ? { domain: args.domain } : {}),
    ...(flags.length > 0 ? { areaFlags: flags } : {}),
    ...(args.from ? { from: args.from } : {}),
    ...(args.to ? { to: args.to } : {}),
  };
}

/**
 * The MongoDB filter of checked filters (plain equality and range operators on strings and
 * booleans, which FerretDB serves too). An activity's period is [startsOn, endsOn] once planned,
 * else its proposal date: a planned one overlaps when it ends on or after `from` and starts on or
 * before `to`; an unplanned one when its proposal date lies in between.
 */
export function activityQueryOf(filters: ActivityFilters): Record<string, unknown> {
  const query: Record<string, unknown> = { organiserUnitId: filters.organiserUnitId };
  if (filters.campaignId) query['campaignId'] = filters.campaignId;
  if (filters.status) query['status'] = filters.status;
  if (filters.domain) query['domains'] = filters.domain;
  for (const flag of filters.areaFlags ?? []) query[`location.flags.${flag}`] = true;
  const period: Record<string, unknown>[] = [];
  if (filters.from) period.push({ $or: [{ endsOn: { $gte: filters.from } }, { endsOn: { $exists: false }, proposedOn: { $gte: filters.from } }] });
  if (filters.to) period.push({ $or: [{ startsOn: { $lte: filters.to } }, { startsOn: { $exists: false }, proposedOn: { $lte: filters.to } }] });
  if (period.length > 0) query['$and'] = period;
  return query;
}

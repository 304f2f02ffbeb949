import { activityFiltersOf, activityQueryOf } from './activity-filter';

const failure = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    const { code, field } = error as { code: string; field?: string };
    return { code, field };
  }
  throw new Error('expected a refusal');
};

describe('activity list filters', () => {
  it('builds the database query from checked filters: every listed flag true, and the period overlapping', () => {
    const filters = activityFiltersOf(
      'ta-van',
      { status: 'planned', domain: 'public-health', areaFlags: ['mountainous', 'ethnicMinority', 'mountainous'], from: '2026-06-01', to: '2026-06-30' },
      'vi',
    );
    expect(activityQueryOf(filters)).toEqual({
      organiserUnitId: 'ta-van',
      status: 'planned',
      domains: 'public-health',
      'location.flags.mountainous': true,
      'location.flags.ethnicMinority': true,
      $and: [
        { $or: [{ endsOn: { $gte: '2026-06-01' } }, { endsOn: { $exists: false }, proposedOn: { $gte: '2026-06-01' } }] },
        { $or: [{ startsOn: { $lte: '2026-06-30' } }, { startsOn: { $exists: false }, proposedOn: { $lte: '2026-06-30' } }] },
      ],
    });
    expect(activityQueryOf(activityFiltersOf('ta-van', { areaFlags: [], campaignId: null }, 'vi'))).toEqual({ organiserUnitId: 'ta-van' });
  });

  it('refuses an unknown flag name (never a query key from the client), a malformed date and a period ending before it starts', () => {
    expect(failure(() => activityFiltersOf('u', { areaFlags: ['mountainous', '$where'] }, 'vi'))).toEqual({
      code: 'ACTIVITY.AREA_FLAG_UNKNOWN',
      field: 'areaFlags',
    });
    expect(failure(() => activityFiltersOf('u', { from: '2026-02-30' }, 'en'))).toEqual({ code: 'DATE.INVALID', field: 'from' });
    expect(failure(() => activityFiltersOf('u', { from: '2026-07-01', to: '2026-06-01' }, 'en'))).toEqual({
      code: 'ACTIVITY.FILTER_PERIOD_INVALID',
      field: 'to',
    });
  });

  it('refuses a status or a domain that no activity can have', () => {
    expect(failure(() => activityFiltersOf('u', { status: 'done' }, 'en'))).toEqual({ code: 'BAD_USER_INPUT', field: 'status' });
    expect(failure(() => activityFiltersOf('u', { domain: 'sports' }, 'en'))).toEqual({ code: 'BAD_USER_INPUT', field: 'domain' });
  });
});

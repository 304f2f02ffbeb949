import { requireCampaignFilters } from './campaign-filter';

const failure = (args: Parameters<typeof requireCampaignFilters>[0]) => {
  try {
    requireCampaignFilters(args, 'en');
  } catch (error) {
    return (error as { extensions: { code: string; field?: string } }).extensions;
  }
  return undefined;
};

describe('campaign list filters', () => {
  it('accepts known values and dates, and names the field of anything that could never match', () => {
    expect(failure({ from: '2026-06-01', to: '2026-08-31', status: 'open', role: 'local' })).toBeUndefined();
    expect(failure({ from: '01/06/2026' })).toMatchObject({ code: 'DATE.INVALID', field: 'from' });
    expect(failure({ from: '2026-08-31', to: '2026-06-01' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(failure({ status: 'opened' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    expect(failure({ role: 'national' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
  });
});

import { campaignAllows } from '../core/campaign-permissions';
import { ageOn, volunteerFacts } from './shifts.resolver';

describe('volunteer facts and rights', () => {
  it("computes the age on the shift's date in Vietnam and the guardian's consent in force", () => {
    expect(ageOn('2008-06-02', '2026-06-01')).toBe(17);
    expect(ageOn('2008-06-01', '2026-06-01')).toBe(18);
    // 17:30 UTC on 31 May is already 1 June in Vietnam.
    const facts = volunteerFacts(
      {
        skills: ['sơ cứu'],
        dateOfBirth: '2008-06-01',
        consents: [{ purpose: 'registry', givenAt: '2025-01-01', byGuardian: true, withdrawnAt: '2025-02-01' }],
      },
      '2026-05-31T17:30:00Z',
    );
    expect(facts).toEqual({ skills: ['sơ cứu'], ageOnShiftDate: 18, hasGuardianConsent: false });
    expect(volunteerFacts({ skills: [], consents: [] }, '2026-05-31T00:00:00Z').ageOnShiftDate).toBe(0);
  });

  it('allows a unit manager over the subtree and a group leader only attendance', () => {
    const lineage = ['commune', 'province'];
    expect(campaignAllows([{ role: 'unit-manager', unitId: 'province' }], 'campaigns:write', lineage)).toBe(true);
    expect(campaignAllows([{ role: 'group-leader', unitId: 'commune' }], 'campaigns:write', lineage)).toBe(false);
    expect(campaignAllows([{ role: 'group-leader', unitId: 'commune' }], 'campaigns:record-attendance', lineage)).toBe(true);
    expect(campaignAllows([{ role: 'unit-manager', unitId: null }], 'campaigns:read', lineage)).toBe(false);
    expect(campaignAllows([{ role: 'system-admin', unitId: null }], 'campaigns:write', lineage)).toBe(true);
  });
});

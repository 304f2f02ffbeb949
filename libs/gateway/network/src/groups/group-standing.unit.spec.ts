import { groupsOfUnitsOn, groupStandingOn, statusTotals } from './group-standing';
import { docAfter, envelope, registeredDoc, registration } from './group.test-fixtures';
import { evolveGroupDoc } from './group.read-model';

const moved = () =>
  evolveGroupDoc(
    evolveGroupDoc(registeredDoc(), envelope('GroupAffiliationEnded', { unitId: 'xa-ta-van', to: '2025-06-30', reason: 'moved' })),
    envelope('GroupAffiliated', { unitId: 'xa-moi', from: '2025-07-01', reason: 'moved' }),
  );

describe('a group’s standing as of a date', () => {
  it('is nothing before its registration, then its status and host on the date', () => {
    expect(groupStandingOn(registeredDoc(), '2025-01-09')).toBeUndefined();
    expect(groupStandingOn(moved(), '2025-06-30')).toEqual({ status: 'active', hostUnitId: 'xa-ta-van' });
    expect(groupStandingOn(moved(), '2025-07-01')).toEqual({ status: 'active', hostUnitId: 'xa-moi' });
    expect(groupStandingOn(moved(), '2026-07-01')).toEqual({ status: 'dormant', hostUnitId: 'xa-moi' });
  });

  it('places a pending group under its proposed host', () => {
    const pending = docAfter(registration({ channel: 'self', hostUnitId: 'xa-de-xuat' }));
    expect(groupStandingOn(pending, '2025-02-01')).toEqual({ status: 'pending-verification', hostUnitId: 'xa-de-xuat' });
  });

  it('lists the groups of a set of units on a date, each once, with totals per status', () => {
    const other = {
      ...registeredDoc(),
      groupId: 'g-2',
      hostUnitIds: ['xa-khac'],
      hostUnitId: 'xa-khac',
      affiliations: [{ unitId: 'xa-khac', from: '2025-01-10', reason: 'registered' as const }],
    };
    const docs = [moved(), moved(), other];
    expect(groupsOfUnitsOn(docs, new Set(['xa-ta-van']), '2025-06-01').map(({ doc }) => doc.groupId)).toEqual(['g-1']);
    expect(groupsOfUnitsOn(docs, new Set(['xa-ta-van']), '2025-08-01')).toEqual([]);
    const found = groupsOfUnitsOn(docs, new Set(['xa-moi', 'xa-khac']), '2025-08-01');
    expect(found.map(({ doc }) => doc.groupId)).toEqual(['g-1', 'g-2']);
    expect(statusTotals(found.map(({ standing }) => standing))).toEqual({ 'pending-verification': 0, declined: 0, active: 2, dormant: 0, dissolved: 0 });
  });
});

import type { ValidityExtension } from '@tn/training-contracts';
import {
  agreement,
  cadre,
  countOf,
  created,
  declared,
  group,
  hierarchyOf,
  inputsOf,
  MERGE_EVENTS,
  PROVINCE_EVENTS,
  qualification,
} from './engine.test-fixtures';

const hierarchy = hierarchyOf([...PROVINCE_EVENTS, ...MERGE_EVENTS]);
/** Stocks are taken on 2025-12-31. */
const Y2025 = { rootUnitId: 'huyen', period: 'Y2025', structureDate: '2025-12-31' };

describe('units', () => {
  it('counts the units of the subtree active on the structure date, by their profile then', () => {
    const inputs = inputsOf(hierarchy);
    expect(countOf({ source: 'units' }, Y2025, inputs)).toBe(4);
    expect(countOf({ source: 'units', filter: { levelLabels: ['Đoàn xã'] } }, Y2025, inputs)).toBe(2);
    expect(countOf({ source: 'units', filter: { flags: { mountainous: true } } }, Y2025, inputs)).toBe(2);
    expect(countOf({ source: 'units', filter: { levelLabels: ['Đoàn xã'] } }, { ...Y2025, structureDate: '2025-06-30' }, inputs)).toBe(3);
  });
});

describe('cadres', () => {
  const tenure = (unitId: string, from: string, until?: string, dedicated = true) => ({ unitId, dedicated, from, ...(until === undefined ? {} : { until }) });

  it('counts dedicated cadres whose tenure holds on the last day (its end day excluded), once each', () => {
    const inputs = inputsOf(hierarchy, {
      cadres: [
        cadre('held', 'xa-ab'),
        cadre('two-units', 'x', { tenures: [tenure('phuong-d', '2024-01-01'), tenure('huyen', '2024-01-01')] }),
        cadre('part-time', 'x', { tenures: [tenure('phuong-d', '2024-01-01', undefined, false)] }),
        cadre('left-on-last-day', 'x', { tenures: [tenure('phuong-d', '2024-01-01', '2025-12-31')] }),
        cadre('left-after', 'x', { tenures: [tenure('phuong-d', '2024-01-01', '2026-01-01')] }),
        cadre('starts-later', 'x', { tenures: [tenure('phuong-d', '2026-01-01')] }),
        cadre('elsewhere', 'tinh'),
      ],
    });
    expect(countOf({ source: 'cadres', qualified: false }, Y2025, inputs)).toBe(3);
    expect(countOf({ source: 'cadres', qualified: false }, { ...Y2025, rootUnitId: 'tinh' }, inputs)).toBe(4);
  });

  it('counts the cadres of a merged unit for its successor', () => {
    const inputs = inputsOf(hierarchy, { cadres: [cadre('old', 'xa-a')] });
    expect(countOf({ source: 'cadres', qualified: false }, { ...Y2025, rootUnitId: 'xa-ab' }, inputs)).toBe(1);
  });

  it('counts as qualified only those holding a valid record on the last day', () => {
    const inputs = inputsOf(hierarchy, {
      cadres: [
        cadre('valid', 'phuong-d', { qualifications: [qualification('q1', '2024-01-01', '2026-01-01')] }),
        cadre('expires-last-day', 'phuong-d', { qualifications: [qualification('q2', '2023-01-01', '2025-12-31')] }),
        cadre('expired', 'phuong-d', { qualifications: [qualification('q3', '2022-01-01', '2025-12-30')] }),
        cadre('revoked', 'phuong-d', { qualifications: [qualification('q4', '2024-01-01', '2027-01-01', { revokedOn: '2025-12-31' })] }),
        cadre('renewed', 'phuong-d', { qualifications: [qualification('q5', '2022-01-01', '2024-01-01'), qualification('q6', '2024-01-01', '2027-01-01')] }),
        cadre('granted-later', 'phuong-d', { qualifications: [qualification('q7', '2026-01-01', '2029-01-01')] }),
        cadre('none', 'phuong-d'),
      ],
    });
    expect(countOf({ source: 'cadres', qualified: true }, Y2025, inputs)).toBe(3);
    expect(countOf({ source: 'cadres', qualified: false }, Y2025, inputs)).toBe(7);
  });

  it('applies the kind’s blanket extensions, and the kinds asked for', () => {
    const extension: ValidityExtension = {
      kindId: 'kind-facilitator',
      extensionId: 'ext-1',
      expiringFrom: '2025-10-01',
      expiringTo: '2025-12-30',
      extendByMonths: 6,
      extendedOn: '2025-09-15',
    };
    const inputs = inputsOf(hierarchy, {
      cadres: [
        cadre('extended', 'phuong-d', { qualifications: [qualification('q1', '2023-01-01', '2025-11-30')] }),
        cadre('other-kind', 'phuong-d', { qualifications: [qualification('q2', '2024-01-01', '2027-01-01', { kindId: 'kind-trainer' })] }),
      ],
    });
    expect(countOf({ source: 'cadres', qualified: true }, Y2025, inputs)).toBe(1);
    const withExtension = { ...inputs, qualificationKinds: [{ kindId: 'kind-facilitator', extensions: [extension] }] };
    expect(countOf({ source: 'cadres', qualified: true }, Y2025, withExtension)).toBe(2);
    expect(countOf({ source: 'cadres', qualified: true, kindIds: ['kind-facilitator'] }, Y2025, withExtension)).toBe(1);
    expect(countOf({ source: 'cadres', qualified: true, kindIds: ['kind-trainer'] }, Y2025, inputs)).toBe(1);
  });
});

describe('groups', () => {
  const inputs = inputsOf(hierarchy, {
    groups: [
      group('verified-active', 'phuong-d', '2025-03-01'),
      group('verified-dormant', 'phuong-d', '2024-06-01'),
      group('revived', 'phuong-d', '2024-06-01', { activityDates: ['2025-02-01'] }),
      group('pending', 'xa-ab', '2025-10-01', { verifiedOn: undefined, affiliations: [] }),
      group('declined', 'xa-ab', '2025-10-01', { verifiedOn: undefined, affiliations: [], declinedOn: '2025-11-01' }),
      group('registered-later', 'xa-ab', '2026-01-05'),
      group('moved-out', 'phuong-d', '2025-01-10', {
        affiliations: [
          { unitId: 'phuong-d', from: '2025-01-10', to: '2025-05-31' },
          { unitId: 'tinh', from: '2025-06-01' },
        ],
      }),
      group('old-commune', 'xa-a', '2025-02-01'),
    ],
  });

  it('counts registered groups not declined, by their host (the proposed host while pending)', () => {
    expect(countOf({ source: 'groups', state: 'registered' }, Y2025, inputs)).toBe(5);
    expect(countOf({ source: 'groups', state: 'registered' }, { ...Y2025, rootUnitId: 'xa-ab' }, inputs)).toBe(2);
  });

  it('counts verified groups, and active ones (a sign of life in the last twelve months)', () => {
    expect(countOf({ source: 'groups', state: 'verified' }, Y2025, inputs)).toBe(4);
    expect(countOf({ source: 'groups', state: 'active' }, Y2025, inputs)).toBe(3);
  });

  it('counts a group where it was hosted on the last day', () => {
    expect(countOf({ source: 'groups', state: 'registered' }, { ...Y2025, rootUnitId: 'tinh' }, inputs)).toBe(6);
    expect(countOf({ source: 'groups', state: 'registered' }, { ...Y2025, period: 'Q2025-1', rootUnitId: 'phuong-d' }, inputs)).toBe(4);
  });
});

describe('partners', () => {
  it('counts distinct partners with an agreement in force on the last day binding a unit of the subtree', () => {
    const inputs = inputsOf(hierarchy, {
      agreements: [
        agreement('a1', 'red-cross', 'phuong-d'),
        agreement('a2', 'red-cross', 'xa-ab'),
        agreement('a3', 'bank', 'tinh', { partyUnitIds: ['xa-b'], unitIds: ['tinh', 'xa-b'] }),
        agreement('a4', 'school', 'phuong-d', { validTo: '2025-12-30' }),
        agreement('a5', 'hospital', 'phuong-d', { termination: { on: '2025-12-31' } }),
        agreement('a6', 'clinic', 'phuong-d', { validFrom: '2026-01-01' }),
        agreement('a7', 'ngo', 'tinh'),
      ],
    });
    expect(countOf({ source: 'partners' }, Y2025, inputs)).toBe(2);
    expect(countOf({ source: 'partners' }, { ...Y2025, rootUnitId: 'tinh' }, inputs)).toBe(3);
    expect(countOf({ source: 'partners' }, { ...Y2025, rootUnitId: 'xa-ab' }, inputs)).toBe(2);
    expect(countOf({ source: 'partners' }, { ...Y2025, period: 'Q2025-3' }, inputs)).toBe(4);
  });
});

describe('declared values', () => {
  it('sums what units of the subtree declared for exactly this period under the key', () => {
    const inputs = inputsOf(hierarchyOf([...PROVINCE_EVENTS, ...MERGE_EVENTS, created('xa-new', 'huyen', '2026-01-01')]), {
      declared: [
        declared('phuong-d', 'Y2025', 10),
        declared('xa-a', 'Y2025', 4),
        declared('xa-ab', 'Y2025', 6),
        declared('phuong-d', 'Q2025-4', 3),
        declared('phuong-d', 'Y2025', 99, 'something-else'),
        declared('tinh', 'Y2025', 50),
      ],
    });
    expect(countOf({ source: 'declared', key: 'activities-held' }, Y2025, inputs)).toBe(20);
    expect(countOf({ source: 'declared', key: 'activities-held' }, { ...Y2025, rootUnitId: 'xa-ab' }, inputs)).toBe(10);
    expect(countOf({ source: 'declared', key: 'activities-held' }, { ...Y2025, period: 'Q2025-4' }, inputs)).toBe(3);
  });
});

describe('a period still under way', () => {
  // Y2026 asked on 2026-03-15: stocks stand as they are today, not as they will be on 2026-12-31.
  const TODAY = '2026-03-15';
  const Y2026 = { rootUnitId: 'huyen', period: 'Y2026', structureDate: TODAY };
  const current = { ...Y2026, today: TODAY };

  it('counts on today a qualification expiring before the period ends as valid', () => {
    const inputs = inputsOf(hierarchy, {
      cadres: [cadre('expires-in-june', 'phuong-d', { qualifications: [qualification('q1', '2023-07-01', '2026-06-30')] })],
    });
    expect(countOf({ source: 'cadres', qualified: true }, current, inputs)).toBe(1);
    expect(countOf({ source: 'cadres', qualified: true }, Y2026, inputs)).toBe(0);
  });

  it('counts a cadre whose tenure ends later in the period', () => {
    const inputs = inputsOf(hierarchy, {
      cadres: [cadre('leaves-in-july', 'x', { tenures: [{ unitId: 'phuong-d', dedicated: true, from: '2024-01-01', until: '2026-07-01' }] })],
    });
    expect(countOf({ source: 'cadres', qualified: false }, current, inputs)).toBe(1);
    expect(countOf({ source: 'cadres', qualified: false }, Y2026, inputs)).toBe(0);
  });

  it('counts a group last active ten months ago as active', () => {
    const inputs = inputsOf(hierarchy, { groups: [group('ten-months-ago', 'phuong-d', '2025-05-15')] });
    expect(countOf({ source: 'groups', state: 'active' }, current, inputs)).toBe(1);
    expect(countOf({ source: 'groups', state: 'active' }, Y2026, inputs)).toBe(0);
  });

  it('counts a partner whose agreement ends later in the period', () => {
    const inputs = inputsOf(hierarchy, { agreements: [agreement('a1', 'red-cross', 'phuong-d', { validTo: '2026-09-30' })] });
    expect(countOf({ source: 'partners' }, current, inputs)).toBe(1);
    expect(countOf({ source: 'partners' }, Y2026, inputs)).toBe(0);
  });

  it('still counts a past period on its last day', () => {
    const inputs = inputsOf(hierarchy, {
      cadres: [cadre('expired-since', 'phuong-d', { qualifications: [qualification('q1', '2023-01-01', '2025-12-31')] })],
      groups: [group('quiet-since', 'phuong-d', '2025-03-01')],
    });
    const askedLater = { ...Y2025, today: TODAY };
    expect(countOf({ source: 'cadres', qualified: true }, askedLater, inputs)).toBe(1);
    expect(countOf({ source: 'groups', state: 'active' }, askedLater, inputs)).toBe(1);
  });
});

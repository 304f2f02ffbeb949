import { activity, hierarchyOf, inputsOf, MERGE_EVENTS, PROVINCE_EVENTS, result } from './engine.test-fixtures';
import { evaluationContextOf } from './evaluation-context';
import { resultTotalsOf } from './result-totals';

const hierarchy = hierarchyOf([...PROVINCE_EVENTS, ...MERGE_EVENTS]);
const facts = inputsOf(hierarchy, {
  activities: [
    activity('trees-a', 'xa-a', '2025-03-01', { results: { 'o1/trees': result('output', 'trees', 120, '2025-03-02') } }),
    activity('trees-b', 'xa-b', '2025-04-01', {
      results: { 'o2/trees': result('output', 'trees', 30, '2025-04-02'), r1: result('resource', 'money-vnd', 5_000_000, '2025-04-01') },
    }),
    activity('road-c', 'xa-c', '2025-05-01', { results: { 'o3/km': result('output', 'km-rural-road', 2.5, '2025-05-03') } }),
    activity('late', 'xa-c', '2026-01-05', { results: { 'o4/trees': result('output', 'trees', 999, '2026-01-06') } }),
    activity('cancelled', 'xa-a', '2025-06-01', { cancelled: true, results: { 'o5/trees': result('output', 'trees', 500, '2025-06-02') } }),
  ],
});
const totals = (rootUnitId: string, structureDate: string) => resultTotalsOf(evaluationContextOf({ rootUnitId, period: 'Y2025', structureDate }, facts));

describe('result totals of a subtree', () => {
  it("sums a province's communes' outputs and resources by measure, leaving out other periods and cancelled activities", () => {
    expect(totals('tinh', '2025-12-31')).toEqual([
      { kind: 'output', measure: 'km-rural-road', quantity: 2.5, count: 1 },
      { kind: 'output', measure: 'trees', quantity: 150, count: 2 },
      { kind: 'resource', measure: 'money-vnd', quantity: 5_000_000, count: 1 },
    ]);
  });

  it("gives a merged commune's successor its predecessors' results, and each old commune its own under an earlier structure", () => {
    expect(totals('xa-ab', '2025-12-31')).toEqual([
      { kind: 'output', measure: 'trees', quantity: 150, count: 2 },
      { kind: 'resource', measure: 'money-vnd', quantity: 5_000_000, count: 1 },
    ]);
    expect(totals('xa-a', '2025-03-31')).toEqual([{ kind: 'output', measure: 'trees', quantity: 120, count: 1 }]);
    expect(totals('xa-ab', '2025-03-31')).toEqual([]);
  });
});

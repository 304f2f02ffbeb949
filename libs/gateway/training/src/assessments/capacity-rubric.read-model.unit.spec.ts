import { envelope } from '../core/envelopes.test-fixtures';
import { capacityRubricProjection, evolveCapacityRubric } from './capacity-rubric.read-model';

const criteria = [
  { criterionId: 'plan', title: 'Lập kế hoạch', weight: 2 },
  { criterionId: 'coordinate', title: 'Điều phối', weight: 3 },
];
const defined = evolveCapacityRubric(
  null,
  envelope('CapacityRubricDefined', {
    rubricId: 'rb-commune',
    version: 1,
    title: 'Năng lực điều phối cấp xã',
    ownerUnitId: 'lao-cai',
    subjectKind: 'unit',
    level: 'commune',
    scale: { min: 1, max: 5 },
    criteria,
    definedBy: 'acc-1',
    definedOn: '2026-01-05',
  }),
);

describe('capacity rubric read model', () => {
  it("keeps version 1 with each criterion's share of the total weight", () => {
    expect(defined).toMatchObject({ currentVersion: 1, versionCount: 1, title: 'Năng lực điều phối cấp xã', subjectKind: 'unit', level: 'commune' });
    expect(defined.versions[0]?.criteria.map((c) => [c.criterionId, c.share])).toEqual([
      ['plan', 0.4],
      ['coordinate', 0.6],
    ]);
  });

  it('adds a revision as the next version, keeping the earlier one unchanged', () => {
    const revised = evolveCapacityRubric(
      defined,
      envelope('CapacityRubricRevised', {
        rubricId: 'rb-commune',
        version: 2,
        title: 'Năng lực điều phối cấp xã (2027)',
        scale: { min: 0, max: 10 },
        criteria: [...criteria, { criterionId: 'report', title: 'Báo cáo', weight: 5 }],
        revisedBy: 'acc-2',
        revisedOn: '2027-01-05',
      }),
    );
    expect(revised).toMatchObject({ currentVersion: 2, versionCount: 2, title: 'Năng lực điều phối cấp xã (2027)' });
    expect(revised.versions[0]).toEqual(defined.versions[0]);
    expect(revised.versions[1]).toMatchObject({ version: 2, scale: { min: 0, max: 10 }, by: 'acc-2', on: '2027-01-05' });
    expect(revised.versions[1]?.criteria.reduce((sum, c) => sum + c.share, 0)).toBeCloseTo(1);
  });

  it('refuses a revision of a rubric it never saw, and declares its list indexes', () => {
    expect(() => evolveCapacityRubric(null, envelope('CapacityRubricRevised', { rubricId: 'x', version: 2 }))).toThrow('does not know');
    expect(capacityRubricProjection.indexes).toEqual([{ ownerUnitId: 1 }, { level: 1 }]);
  });
});

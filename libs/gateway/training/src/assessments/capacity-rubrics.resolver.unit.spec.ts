import { capacityRubricView, rubricContentOf } from './capacity-rubrics.resolver';
import type { CapacityRubricDoc } from './capacity-rubric.read-model';

const version = (n: number, title: string) => ({
  version: n,
  title,
  scale: { min: 1, max: 5 },
  criteria: [{ criterionId: 'c', title: 'Tiêu chí', weight: 1, share: 1 }],
  by: 'acc-1',
  on: `2026-0${n}-01`,
});

describe('capacity rubric views', () => {
  it('shows the current version beside every version', () => {
    const doc: CapacityRubricDoc = {
      rubricId: 'rb',
      ownerUnitId: 'lao-cai',
      subjectKind: 'unit',
      level: 'commune',
      currentVersion: 2,
      title: 'Bản 2',
      versions: [version(1, 'Bản 1'), version(2, 'Bản 2')],
      versionCount: 2,
      definedBy: 'acc-1',
      definedOn: '2026-01-01',
    };
    const view = capacityRubricView(doc);
    expect(view.current.title).toBe('Bản 2');
    expect(view.versions.map((v) => v.version)).toEqual([1, 2]);
  });

  it("sends a version's content in the contract's shape, nothing more", () => {
    const input = {
      title: 'T',
      scale: Object.assign(Object.create({ inherited: 1 }), { min: 0, max: 10 }),
      criteria: [{ criterionId: 'c', title: 'C', weight: 2 }],
    };
    expect(rubricContentOf(input)).toEqual({ title: 'T', scale: { min: 0, max: 10 }, criteria: [{ criterionId: 'c', title: 'C', weight: 2 }] });
  });
});

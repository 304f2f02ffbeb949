import { coordinationModelView } from './coordination-models.resolver';
import { curriculumView, modulePartOf } from './curricula.resolver';
import { materialView } from './materials.resolver';

describe('catalogue views', () => {
  it('shows a curriculum with its counts and null for what has not happened', () => {
    const view = curriculumView({
      curriculumId: 'cur',
      title: 'Chương trình',
      targetGroup: 'trainers',
      ownerUnitId: 'lao-cai',
      status: 'published',
      revision: 1,
      modules: [{ moduleId: 'm', title: 'Học phần', hours: 2, outcomes: ['Biết điều phối'] }],
      moduleCount: 1,
      totalHours: 2,
      revisions: [{ revision: 1, by: 'acc-1', on: '2026-01-01' }],
      definedBy: 'acc-1',
      definedOn: '2026-01-01',
    });
    expect(view).toMatchObject({ id: 'cur', moduleCount: 1, totalHours: 2, retiredBy: null, retiredOn: null, retireReason: null });
  });

  it('marks each material version approved or not', () => {
    const view = materialView({
      materialId: 'mat',
      title: 'Sổ tay',
      kind: 'handbook',
      targetGroups: ['trainers'],
      ownerUnitId: 'lao-cai',
      status: 'registered',
      versions: [
        {
          version: 1,
          url: 'https://a.example/1',
          sha256: 'a'.repeat(64),
          note: 'n',
          addedBy: 'a',
          addedOn: '2026-01-01',
          approvedBy: 'b',
          approvedOn: '2026-01-02',
        },
        { version: 2, url: 'https://a.example/2', sha256: 'b'.repeat(64), note: 'n', addedBy: 'a', addedOn: '2026-02-01' },
      ],
      versionCount: 2,
      approvedVersionCount: 1,
      latestApprovedVersion: 1,
      registeredBy: 'a',
      registeredOn: '2026-01-01',
    });
    expect(view.versions.map((v) => [v.version, v.approved, v.approvedOn])).toEqual([
      [1, true, '2026-01-02'],
      [2, false, null],
    ]);
    expect(view).toMatchObject({ curriculumId: null, latestApprovedVersion: 1 });
  });

  it('shows a draft model as not yet published', () => {
    const view = coordinationModelView({
      modelId: 'mo',
      name: 'Mô hình',
      description: 'Mô tả',
      curriculumId: 'cur',
      ownerUnitId: 'lao-cai',
      status: 'draft',
      draftedBy: 'a',
      draftedOn: '2026-01-01',
      revisionCount: 0,
    });
    expect(view).toMatchObject({ status: 'draft', publishedBy: null, publishedOn: null, retiredOn: null });
  });

  it("sends a module in the contract's shape, outcomes copied", () => {
    const outcomes = ['Biết điều phối'];
    const part = modulePartOf({ moduleId: 'm', title: 'T', hours: 1.5, outcomes });
    expect(part).toEqual({ moduleId: 'm', title: 'T', hours: 1.5, outcomes: ['Biết điều phối'] });
    expect(part.outcomes).not.toBe(outcomes);
  });
});

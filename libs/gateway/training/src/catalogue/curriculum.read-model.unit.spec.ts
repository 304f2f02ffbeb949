import { envelope } from '../core/envelopes.test-fixtures';
import { curriculumProjection, evolveCurriculum } from './curriculum.read-model';

const moduleOf = (moduleId: string, hours: number) => ({ moduleId, title: `Học phần ${moduleId}`, hours, outcomes: [`Chuẩn đầu ra ${moduleId}`] });
const defined = envelope('CurriculumDefined', {
  curriculumId: 'cur-tot',
  title: 'Bồi dưỡng giảng viên nguồn',
  targetGroup: 'trainers',
  ownerUnitId: 'lao-cai',
  revision: 1,
  modules: [moduleOf('m1', 0.1), moduleOf('m2', 0.2)],
  definedBy: 'acc-1',
  definedOn: '2026-01-05',
});

describe('curriculum read model', () => {
  it('keeps a defined curriculum published, with its module count and total hours in the document', () => {
    const doc = evolveCurriculum(null, defined);
    expect(doc).toMatchObject({ curriculumId: 'cur-tot', ownerUnitId: 'lao-cai', status: 'published', revision: 1, moduleCount: 2, totalHours: 0.3 });
    expect(doc.revisions).toEqual([{ revision: 1, by: 'acc-1', on: '2026-01-05' }]);
  });

  it('replaces the content on a revision, takes its number and keeps who revised it', () => {
    const revised = evolveCurriculum(
      evolveCurriculum(null, defined),
      envelope('CurriculumRevised', {
        curriculumId: 'cur-tot',
        revision: 2,
        title: 'Bồi dưỡng giảng viên nguồn (2027)',
        modules: [moduleOf('m3', 4)],
        revisedBy: 'acc-2',
        revisedOn: '2026-06-01',
      }),
    );
    expect(revised).toMatchObject({ title: 'Bồi dưỡng giảng viên nguồn (2027)', revision: 2, moduleCount: 1, totalHours: 4 });
    expect(revised.modules.map((m) => m.moduleId)).toEqual(['m3']);
    expect(revised.revisions.map((r) => [r.revision, r.by])).toEqual([
      [1, 'acc-1'],
      [2, 'acc-2'],
    ]);
  });

  it('marks a retirement with who, when and why, and keeps the content', () => {
    const retired = evolveCurriculum(
      evolveCurriculum(null, defined),
      envelope('CurriculumRetired', { curriculumId: 'cur-tot', reason: 'Thay bằng chương trình mới', retiredBy: 'acc-3', retiredOn: '2027-01-01' }),
    );
    expect(retired).toMatchObject({
      status: 'retired',
      retiredBy: 'acc-3',
      retiredOn: '2027-01-01',
      retireReason: 'Thay bằng chương trình mới',
      moduleCount: 2,
    });
  });

  it('refuses an event for a curriculum it never saw', () => {
    expect(() => evolveCurriculum(null, envelope('CurriculumRetired', { curriculumId: 'x', retiredBy: 'a', retiredOn: '2026-01-01' }))).toThrow(
      'does not know',
    );
  });

  it("files each event under the curriculum's id and declares the indexes its lists read by", () => {
    expect(curriculumProjection.documentId(defined)).toBe('cur-tot');
    expect(curriculumProjection.indexes).toEqual([{ ownerUnitId: 1 }, { status: 1 }]);
  });
});

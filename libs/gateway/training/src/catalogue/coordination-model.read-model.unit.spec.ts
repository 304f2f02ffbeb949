import { envelope } from '../core/envelopes.test-fixtures';
import { coordinationModelProjection, evolveCoordinationModel } from './coordination-model.read-model';

const facts = { modelId: 'mo-1', name: 'Mô hình "Ngày thứ bảy tình nguyện"', curriculumId: 'cur-tot', ownerUnitId: 'lao-cai' };
const drafted = evolveCoordinationModel(
  null,
  envelope('CoordinationModelDrafted', { ...facts, description: 'Điều phối theo cụm xã', status: 'draft', draftedBy: 'acc-1', draftedOn: '2026-02-01' }),
);

describe('coordination model read model', () => {
  it('goes draft → published → retired, keeping who published it and why it was retired', () => {
    expect(drafted).toMatchObject({ status: 'draft', revisionCount: 0, draftedBy: 'acc-1' });
    const published = evolveCoordinationModel(
      drafted,
      envelope('CoordinationModelPublished', { ...facts, status: 'published', publishedBy: 'acc-2', publishedOn: '2026-02-10' }),
    );
    expect(published).toMatchObject({ status: 'published', publishedBy: 'acc-2', publishedOn: '2026-02-10', description: 'Điều phối theo cụm xã' });
    const retired = evolveCoordinationModel(
      published,
      envelope('CoordinationModelRetired', { ...facts, status: 'retired', reason: 'Không còn phù hợp', retiredBy: 'acc-3', retiredOn: '2027-03-01' }),
    );
    expect(retired).toMatchObject({ status: 'retired', retireReason: 'Không còn phù hợp', publishedBy: 'acc-2' });
  });

  it('takes the content a revision states, the curriculum included, and counts revisions', () => {
    const revised = evolveCoordinationModel(
      drafted,
      envelope('CoordinationModelRevised', {
        ...facts,
        name: 'Mô hình cụm xã',
        curriculumId: 'cur-2',
        description: 'Mô tả mới',
        status: 'draft',
        revisedBy: 'acc-1',
        revisedOn: '2026-02-05',
      }),
    );
    expect(revised).toMatchObject({ name: 'Mô hình cụm xã', curriculumId: 'cur-2', description: 'Mô tả mới', revisionCount: 1, revisedOn: '2026-02-05' });
  });

  it('refuses an event for a model it never saw, and declares its list indexes', () => {
    expect(() =>
      evolveCoordinationModel(null, envelope('CoordinationModelPublished', { ...facts, status: 'published', publishedBy: 'a', publishedOn: '2026-01-01' })),
    ).toThrow('does not know');
    expect(coordinationModelProjection.indexes).toEqual([{ ownerUnitId: 1 }, { curriculumId: 1 }, { status: 1 }]);
  });
});

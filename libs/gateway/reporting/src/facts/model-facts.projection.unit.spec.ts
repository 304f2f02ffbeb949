import { envelope, fold } from './fact-envelopes.test-fixtures';
import { evolveModelFacts, modelFactsProjection } from './model-facts.projection';

const facts = { modelId: 'm-1', name: 'Mô hình Ngày thứ Bảy tình nguyện', ownerUnitId: 'trung-uong' };
const onModel = (type: string, data: Record<string, unknown>) => envelope(type, { ...facts, ...data }, 'coordination-model-m-1');

describe('coordination model facts', () => {
  it('keeps the curriculum the model names, as revised, and keeps it once the model is retired', () => {
    const doc = fold(evolveModelFacts, [
      onModel('CoordinationModelDrafted', { curriculumId: 'cur-1', description: '', status: 'draft', draftedBy: 'a', draftedOn: '2024-01-01' }),
      onModel('CoordinationModelRevised', { curriculumId: 'cur-2', description: '', status: 'draft', revisedBy: 'a', revisedOn: '2024-02-01' }),
      onModel('CoordinationModelPublished', { curriculumId: 'cur-2', status: 'published', publishedBy: 'a', publishedOn: '2024-03-01' }),
      onModel('CoordinationModelRetired', { curriculumId: 'cur-2', status: 'retired', reason: 'Thay thế', retiredBy: 'a', retiredOn: '2025-03-01' }),
    ]);
    expect(doc).toEqual({ modelId: 'm-1', curriculumId: 'cur-2' });
    expect(modelFactsProjection.documentId(onModel('CoordinationModelPublished', {}))).toBe('m-1');
  });
});

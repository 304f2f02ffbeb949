import { coordinationModelCommandTypes } from './coordination-model.messages';
import { curriculumCommandTypes } from './curriculum.messages';
import { materialCommandTypes } from './material.messages';
import { catalogueEventTypes, CATALOGUE_ERROR_CODES } from './index';

const commandTypes = [...curriculumCommandTypes, ...materialCommandTypes, ...coordinationModelCommandTypes];
const definition = (type: string) => {
  const found = commandTypes.find((candidate) => candidate.type === type);
  if (!found) throw new Error(`no command type ${type}`);
  return found as { streamId(payload: object): string; rights(payload: object): unknown };
};

describe('catalogue command types', () => {
  it.each([
    ['DefineCurriculum', { curriculumId: 'c1', ownerUnitId: 'u1' }, 'curriculum-c1'],
    ['RegisterMaterial', { materialId: 'm1', ownerUnitId: 'u1' }, 'material-m1'],
    ['DraftCoordinationModel', { modelId: 'k1', ownerUnitId: 'u1' }, 'coordination-model-k1'],
  ])('%s acts on its new stream and needs write rights over the owner unit', (type, payload, streamId) => {
    expect(definition(type).streamId(payload)).toBe(streamId);
    expect(definition(type).rights(payload)).toEqual({ permission: 'training:write', units: ['u1'] });
  });

  it.each([
    ['ReviseCurriculum', { curriculumId: 'c1' }, 'curriculum-c1', { kind: 'curriculum', id: 'c1' }],
    ['RetireCurriculum', { curriculumId: 'c1' }, 'curriculum-c1', { kind: 'curriculum', id: 'c1' }],
    ['AddMaterialVersion', { materialId: 'm1' }, 'material-m1', { kind: 'material', id: 'm1' }],
    ['ApproveMaterialVersion', { materialId: 'm1' }, 'material-m1', { kind: 'material', id: 'm1' }],
    ['RetireMaterial', { materialId: 'm1' }, 'material-m1', { kind: 'material', id: 'm1' }],
    ['ReviseCoordinationModel', { modelId: 'k1' }, 'coordination-model-k1', { kind: 'coordination-model', id: 'k1' }],
    ['PublishCoordinationModel', { modelId: 'k1' }, 'coordination-model-k1', { kind: 'coordination-model', id: 'k1' }],
    ['RetireCoordinationModel', { modelId: 'k1' }, 'coordination-model-k1', { kind: 'coordination-model', id: 'k1' }],
  ])('%s acts on its stream and needs write rights over the unit that owns the item', (type, payload, streamId, catalogueItem) => {
    expect(definition(type).streamId(payload)).toBe(streamId);
    expect(definition(type).rights(payload)).toEqual({ permission: 'training:write', units: [], catalogueItem });
  });

  it('lists each event type and each error code once', () => {
    const types = catalogueEventTypes.map((eventDefinition) => eventDefinition.type);
    expect(new Set(types).size).toBe(types.length);
    expect(new Set(CATALOGUE_ERROR_CODES).size).toBe(CATALOGUE_ERROR_CODES.length);
    expect(CATALOGUE_ERROR_CODES.filter((code) => !/^[A-Z_]+\.[A-Z_]+$/.test(code))).toEqual([]);
  });
});

import { envelope } from '../core/envelopes.test-fixtures';
import { evolveMaterial, type MaterialDoc, materialProjection } from './material.read-model';

const registered = evolveMaterial(
  null,
  envelope('MaterialRegistered', {
    materialId: 'mat-1',
    title: 'Sổ tay điều phối tình nguyện',
    kind: 'handbook',
    curriculumId: 'cur-tot',
    targetGroups: ['trainers', 'commune-cadres'],
    ownerUnitId: 'lao-cai',
    registeredBy: 'acc-1',
    registeredOn: '2026-01-05',
  }),
);
const sha = (digit: string) => digit.repeat(64);
const added = (doc: MaterialDoc, version: number, url = `https://tai-lieu.example/so-tay-v${version}.pdf`) =>
  evolveMaterial(
    doc,
    envelope('MaterialVersionAdded', {
      materialId: 'mat-1',
      version,
      url,
      sha256: sha(String(version)),
      note: `Bản ${version}`,
      addedBy: 'acc-1',
      addedOn: '2026-01-06',
    }),
  );
const approved = (doc: MaterialDoc, version: number) =>
  evolveMaterial(doc, envelope('MaterialVersionApproved', { materialId: 'mat-1', version, approvedBy: 'acc-2', approvedOn: '2026-01-07' }));

describe('material read model', () => {
  it('starts registered with no version', () => {
    expect(registered).toMatchObject({
      status: 'registered',
      curriculumId: 'cur-tot',
      targetGroups: ['trainers', 'commune-cadres'],
      versionCount: 0,
      approvedVersionCount: 0,
    });
    expect(registered).not.toHaveProperty('latestApprovedVersion');
  });

  it('keeps every version in order with the counts and the latest approved version in the document', () => {
    const doc = approved(added(added(registered, 1), 2), 1);
    expect(doc.versions.map((v) => [v.version, v.approvedBy ?? null])).toEqual([
      [1, 'acc-2'],
      [2, null],
    ]);
    expect(doc).toMatchObject({ versionCount: 2, approvedVersionCount: 1, latestApprovedVersion: 1 });
    expect(approved(doc, 2)).toMatchObject({ approvedVersionCount: 2, latestApprovedVersion: 2 });
  });

  it('never rewrites a version: a repeat of one it holds changes nothing', () => {
    const once = approved(added(registered, 1), 1);
    expect(added(once, 1, 'https://khac.example/khac.pdf')).toEqual(once);
  });

  it('marks a retirement and keeps the versions courses taught', () => {
    const retired = evolveMaterial(added(registered, 1), envelope('MaterialRetired', { materialId: 'mat-1', retiredBy: 'acc-3', retiredOn: '2027-01-01' }));
    expect(retired).toMatchObject({ status: 'retired', retiredOn: '2027-01-01', versionCount: 1 });
    expect(retired).not.toHaveProperty('retireReason');
  });

  it('declares the indexes of its lists: by owner, by curriculum, by status', () => {
    expect(materialProjection.indexes).toEqual([{ ownerUnitId: 1 }, { curriculumId: 1 }, { status: 1 }]);
  });
});

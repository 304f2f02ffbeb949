import { projected, streamOf } from '../courses/in-memory-projector.test-fixtures';
import { qualificationKindProjection, type QualificationKindDoc } from './qualification-kind.read-model';

const terms = {
  kindId: 'tot',
  name: 'Giảng viên nguồn',
  ownerUnitId: 'central',
  validityYears: 3,
  renewalWindowMonths: 6,
  grantingCurriculumIds: ['cur-tot'],
  renewingCurriculumIds: ['cur-tot-refresher'],
  prerequisiteKindIds: [],
  isTrainerQualification: true,
  leadingRenews: true,
};
const extension = (extensionId: string, from: string, to: string, months: number) => ({
  kindId: 'tot',
  extensionId,
  expiringFrom: from,
  expiringTo: to,
  extendByMonths: months,
  reason: 'Bão lũ',
  extendedOn: '2027-09-01',
  extendedBy: 'acc-1',
});

describe('qualification kind read model', () => {
  it('keeps the current terms and revision, and every extension in the order it was declared', () => {
    const kind = streamOf('qualification-kind-tot');
    const docs = projected(qualificationKindProjection, [
      kind('QualificationKindDefined', { ...terms, definedOn: '2026-01-05', definedBy: 'acc-1' }),
      kind('QualificationValidityExtended', extension('x2', '2027-01-01', '2027-12-31', 6)),
      kind('QualificationKindRevised', { ...terms, validityYears: 4, revision: 2, revisedOn: '2027-03-01', revisedBy: 'acc-1' }),
      kind('QualificationValidityExtended', extension('x1', '2027-06-01', '2028-06-30', 3)),
    ]);
    const doc = docs.get('tot') as unknown as QualificationKindDoc;
    expect(doc).toMatchObject({ validityYears: 4, revision: 2, definedOn: '2026-01-05', revisedOn: '2027-03-01', ownerUnitId: 'central' });
    expect(doc.extensions.map((each) => each.extensionId)).toEqual(['x2', 'x1']);
    expect(doc.extensions[0]).toEqual(extension('x2', '2027-01-01', '2027-12-31', 6));
  });

  it('skips a duplicate delivery of the same version, so an extension is counted once', () => {
    const kind = streamOf('qualification-kind-tot');
    const defined = kind('QualificationKindDefined', { ...terms, definedOn: '2026-01-05', definedBy: 'acc-1' });
    const extended = kind('QualificationValidityExtended', extension('x1', '2027-01-01', '2027-12-31', 6));
    const docs = projected(qualificationKindProjection, [defined, extended, extended, defined]);
    expect((docs.get('tot') as unknown as QualificationKindDoc).extensions).toHaveLength(1);
  });

  it('refuses an event for a kind it never saw (a poison event, not a silent document)', () => {
    const kind = streamOf('qualification-kind-tot');
    expect(() => projected(qualificationKindProjection, [kind('QualificationValidityExtended', extension('x1', '2027-01-01', '2027-12-31', 6))])).toThrow(
      'does not know',
    );
  });
});

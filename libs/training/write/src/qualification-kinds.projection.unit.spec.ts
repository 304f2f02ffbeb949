import type { EventEnvelope } from '@tn/shared-event-contracts';
import { qualificationKindsProjection } from './qualification-kinds.projection';

const terms = {
  kindId: 'tot',
  name: 'Báo cáo viên',
  ownerUnitId: 'lao-cai',
  validityYears: 2,
  renewalWindowMonths: 6,
  grantingCurriculumIds: ['cur-tot'],
  renewingCurriculumIds: [],
  prerequisiteKindIds: ['basic'],
  isTrainerQualification: true,
  leadingRenews: true,
};
const event = (type: string, data: object) => ({ type, data }) as unknown as EventEnvelope;
const evolve = (entry: object | null, type: string, data: object) => qualificationKindsProjection.evolve(entry as never, event(type, data));

describe('qualification kinds projection', () => {
  it('keeps one entry per kind with the curricula that grant or renew it, as its latest terms say', () => {
    expect(qualificationKindsProjection.documentId(event('QualificationKindDefined', terms))).toBe('tot');
    const defined = evolve(null, 'QualificationKindDefined', { ...terms, definedOn: '2026-01-01', definedBy: 'm' });
    expect(defined).toEqual({
      kindId: 'tot',
      grantingCurriculumIds: ['cur-tot'],
      renewingCurriculumIds: [],
      isTrainerQualification: true,
      leadingRenews: true,
    });
    const revised = evolve(defined, 'QualificationKindRevised', { ...terms, renewingCurriculumIds: ['cur-refresh'], leadingRenews: false, revision: 2 });
    expect(revised).toMatchObject({ renewingCurriculumIds: ['cur-refresh'], leadingRenews: false });
  });

  it('leaves the entry as it is on a blanket extension (every event of the stream is handled, so none is awaited as a gap)', () => {
    const entry = { kindId: 'tot', grantingCurriculumIds: ['cur-tot'], renewingCurriculumIds: [], isTrainerQualification: true, leadingRenews: true };
    expect(evolve(entry, 'QualificationValidityExtended', { kindId: 'tot', extensionId: 'flood' })).toBe(entry);
    expect(qualificationKindsProjection.handles).toEqual(['QualificationKindDefined', 'QualificationKindRevised', 'QualificationValidityExtended']);
  });
});

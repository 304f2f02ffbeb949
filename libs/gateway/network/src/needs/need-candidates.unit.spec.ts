import type { GroupCandidateDoc, MatchCandidateDoc, PartnerCandidateDoc } from './match-candidate.read-model';
import { rankedCandidatesOf } from './need-candidates';
import type { NeedDoc } from './need.read-model';

const TODAY = '2026-07-01';
const lineage = ['xa-ta-van', 'huyen-sa-pa', 'tinh-lao-cai'];
const need = {
  needId: 'need-1',
  unitId: 'huyen-sa-pa',
  kind: 'people',
  skills: [],
  fields: ['disaster-prevention-response'],
  placeUnitId: 'xa-ta-van',
  from: '2026-08-10',
  to: '2026-08-12',
  quantity: 10,
  matches: [],
} as unknown as NeedDoc;

const group = (id: string, more: Partial<GroupCandidateDoc> = {}): GroupCandidateDoc & { _id: string } => ({
  _id: `group:${id}`,
  kind: 'group',
  candidateId: id,
  name: `Nhóm ${id}`,
  size: 10,
  tokens: [],
  areaUnitIds: ['xa-ta-van'],
  fields: ['disaster-prevention-response'],
  skills: [],
  offers: ['people'],
  statusInputs: { registeredOn: '2026-01-01', verifiedOn: '2026-01-01', activityDates: [], declarations: [] },
  bookings: [],
  ...more,
});
const agreement = (id: string, partnerId: string, more: Partial<PartnerCandidateDoc> = {}): PartnerCandidateDoc & { _id: string } => ({
  _id: `agreement:${id}`,
  kind: 'partner',
  candidateId: partnerId,
  agreementId: id,
  title: 'Hợp tác',
  tokens: [],
  areaUnitIds: ['tinh-lao-cai'],
  fields: ['disaster-prevention-response'],
  skills: [],
  offers: ['people'],
  validity: { validFrom: '2026-01-01', validTo: '2026-12-31' },
  ...more,
});
const rank = (docs: MatchCandidateDoc[], first = 20, onNeed: NeedDoc = need) =>
  rankedCandidatesOf(onNeed, lineage, docs as (MatchCandidateDoc & { _id: string })[], TODAY, first).map((candidate) => [
    candidate.candidateId,
    candidate.score.score,
  ]);

describe('ranking a need’s candidates', () => {
  it('puts the place’s own groups above those of the areas above it', () => {
    expect(rank([group('g-province', { areaUnitIds: ['tinh-lao-cai'] }), group('g-commune'), group('g-district', { areaUnitIds: ['huyen-sa-pa'] })])).toEqual([
      ['g-commune', 100],
      ['g-district', 90],
      ['g-province', 84],
    ]);
  });

  it('scores a group read for two units of the lineage once', () => {
    const both = group('g-1', { areaUnitIds: ['xa-ta-van', 'tinh-lao-cai'] });
    expect(rank([both, both])).toEqual([['g-1', 100]]);
  });

  it('leaves out a group booked on the need’s dates, one dormant today, and one not verified', () => {
    const docs = [
      group('g-booked', { bookings: [{ matchId: 'm-9', needId: 'need-9', from: '2026-08-12', to: '2026-08-13' }] }),
      group('g-dormant', { statusInputs: { registeredOn: '2025-01-01', verifiedOn: '2025-01-01', activityDates: ['2025-06-01'], declarations: [] } }),
      group('g-pending', { statusInputs: { registeredOn: '2026-06-01', activityDates: [], declarations: [] } }),
      group('g-ok'),
    ];
    expect(rank(docs)).toEqual([['g-ok', 100]]);
  });

  it('leaves out the offerers already offering on the need, not those declined', () => {
    const onNeed = {
      ...need,
      matches: [
        { matchId: 'm-1', offererKind: 'group', offererId: 'g-1', status: 'accepted' },
        { matchId: 'm-2', offererKind: 'group', offererId: 'g-2', status: 'declined' },
        { matchId: 'm-3', offererKind: 'partner', offererId: 'p-1', status: 'proposed' },
      ],
    } as unknown as NeedDoc;
    expect(rank([group('g-1'), group('g-2'), agreement('agr-1', 'p-1')], 20, onNeed)).toEqual([['g-2', 100]]);
  });

  it('takes a partner under an agreement in force over the need’s dates, once, under its best agreement', () => {
    const docs = [
      agreement('agr-expiring', 'p-1', { validity: { validFrom: '2026-01-01', validTo: '2026-08-11' } }),
      agreement('agr-far', 'p-1'),
      agreement('agr-near', 'p-1', { areaUnitIds: ['huyen-sa-pa'] }),
      agreement('agr-money', 'p-2', { offers: ['money'] }),
    ];
    const ranked = rankedCandidatesOf(need, lineage, docs, TODAY, 20);
    expect(ranked.map((candidate) => [candidate.candidateId, candidate.agreementId, candidate.score.score])).toEqual([
      ['p-1', 'agr-near', 90],
      ['p-2', 'agr-money', 74],
    ]);
  });

  it('gives at most `first`, ties by kind and id', () => {
    expect(rank([group('g-b'), group('g-a'), agreement('agr-1', 'p-1', { areaUnitIds: ['xa-ta-van'] })], 2)).toEqual([
      ['g-a', 100],
      ['g-b', 100],
    ]);
  });
});

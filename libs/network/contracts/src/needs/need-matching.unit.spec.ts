import { type MatchingCandidate, type MatchingNeed, rankCandidates, scoreCandidate, skillKeyOf } from './need-matching';

const need: MatchingNeed = {
  kind: 'people',
  skills: ['Sơ cứu', 'bơi lội'],
  fields: ['disaster-prevention-response', 'public-health'],
  placeLineage: ['xa-ta-van', 'huyen-sa-pa', 'tinh-lao-cai', 'trung-uong'],
  from: '2026-08-10',
  to: '2026-08-12',
};
const group: MatchingCandidate = {
  kind: 'group',
  offers: ['people'],
  skills: ['so cuu', 'Bơi lội'],
  fields: ['disaster-prevention-response', 'public-health'],
  areaUnitIds: ['xa-ta-van'],
  active: true,
  bookings: [],
};

describe('the matching score', () => {
  it('scores a perfect candidate of the place itself 100, and says why', () => {
    expect(scoreCandidate(need, group)).toEqual({
      eligible: true,
      score: 100,
      reasons: [
        { kind: 'SERVES_PLACE', unitId: 'xa-ta-van' },
        { kind: 'SKILLS', matched: ['Sơ cứu', 'bơi lội'] },
        { kind: 'FIELDS', matched: ['disaster-prevention-response', 'public-health'] },
        { kind: 'OFFERS_KIND' },
      ],
    });
  });

  it('scores a candidate serving an ancestor less, the farther up the less', () => {
    const province = scoreCandidate(need, { ...group, areaUnitIds: ['tinh-lao-cai'] });
    const district = scoreCandidate(need, { ...group, areaUnitIds: ['huyen-sa-pa'] });
    expect(district.reasons[0]).toEqual({ kind: 'SERVES_ANCESTOR', unitId: 'huyen-sa-pa' });
    expect(district.score).toBe(90); // 35 + 30 + 25 × 0.6 + 10
    expect(province.score).toBe(84); // 35 + 30 + 25 × 0.36 + 10
  });

  it('takes the nearest area a candidate serves', () => {
    expect(scoreCandidate(need, { ...group, areaUnitIds: ['tinh-lao-cai', 'xa-ta-van'] }).reasons[0]).toEqual({ kind: 'SERVES_PLACE', unitId: 'xa-ta-van' });
  });

  it('gives the share of the skills and fields the candidate has', () => {
    const partial = scoreCandidate(need, { ...group, skills: ['SƠ CỨU '], fields: ['public-health', 'environment-climate-change'] });
    expect(partial.score).toBe(67.5); // 35 × 1/2 + 30 × 1/2 + 25 + 10
    expect(partial.reasons).toContainEqual({ kind: 'SKILLS', matched: ['Sơ cứu'] });
    expect(partial.reasons).toContainEqual({ kind: 'FIELDS', matched: ['public-health'] });
  });

  it('gives every candidate the share of a need that names no skill or field', () => {
    expect(scoreCandidate({ ...need, skills: [], fields: [] }, { ...group, skills: [], fields: [] }).score).toBe(100);
  });

  it('gives nothing for a kind the candidate does not give', () => {
    const score = scoreCandidate({ ...need, kind: 'money' }, group);
    expect(score.score).toBe(90);
    expect(score.reasons.map((reason) => reason.kind)).not.toContain('OFFERS_KIND');
  });

  it('refuses a candidate that serves none of the place lineage', () => {
    expect(scoreCandidate(need, { ...group, areaUnitIds: ['tinh-ha-giang'] })).toEqual({ eligible: false, score: 0, reasons: [{ kind: 'OUTSIDE_AREA' }] });
  });

  it('refuses a candidate that is not active', () => {
    expect(scoreCandidate(need, { ...group, active: false })).toEqual({ eligible: false, score: 0, reasons: [{ kind: 'NOT_ACTIVE' }] });
  });

  it('refuses a group booked on one of the need dates, even its last day only', () => {
    const booked = scoreCandidate(need, { ...group, bookings: [{ from: '2026-08-12', to: '2026-08-20' }] });
    expect(booked).toEqual({ eligible: false, score: 0, reasons: [{ kind: 'BOOKED', from: '2026-08-12', to: '2026-08-20' }] });
  });

  it('keeps a group booked only on other days', () => {
    const bookings = [
      { from: '2026-08-01', to: '2026-08-09' },
      { from: '2026-08-13', to: '2026-08-14' },
    ];
    expect(scoreCandidate(need, { ...group, bookings }).eligible).toBe(true);
  });

  it('says every reason a candidate is refused', () => {
    const refused = scoreCandidate(need, { ...group, areaUnitIds: [], active: false, bookings: [{ from: '2026-08-10', to: '2026-08-10' }] });
    expect(refused.reasons.map((reason) => reason.kind)).toEqual(['OUTSIDE_AREA', 'NOT_ACTIVE', 'BOOKED']);
  });
});

describe('skills as words', () => {
  it('folds case, spacing and Vietnamese diacritics', () => {
    expect(skillKeyOf('  Đi   bộ  Đường dài ')).toBe('di bo duong dai');
    expect(skillKeyOf('Sơ cứu')).toBe(skillKeyOf('so cuu'));
  });
});

describe('ranking', () => {
  const scored = (id: string, score: number, eligible = true) => ({ id, score: { eligible, score, reasons: [] } });

  it('keeps eligible candidates only, best first, ties by id, at most `first`', () => {
    const ranked = rankCandidates([scored('b', 50), scored('a', 50), scored('c', 90), scored('d', 0, false), scored('e', 10)], 3);
    expect(ranked.map((candidate) => candidate.id)).toEqual(['c', 'a', 'b']);
  });
});

import { normalisedWeights, scaledScore, weightedCapacityScore } from './weighted-score';

const oneToFive = { min: 1, max: 5 };
const zeroToTen = { min: 0, max: 10 };

describe('weighted capacity score', () => {
  it('maps the scale onto 0..100: the minimum is 0, the maximum 100, the middle 50', () => {
    expect([scaledScore(oneToFive, 1), scaledScore(oneToFive, 3), scaledScore(oneToFive, 5)]).toEqual([0, 50, 100]);
    expect(scaledScore(zeroToTen, 7)).toBeCloseTo(70, 10);
  });

  it('weighs each criterion by its share of the total weight', () => {
    // 1..5 scale: 5 → 100 with weight 3, 1 → 0 with weight 1.
    expect(
      weightedCapacityScore(oneToFive, [
        { score: 5, weight: 3 },
        { score: 1, weight: 1 },
      ]),
    ).toBe(75);
  });

  it('gives the same score whatever units the weights are stated in', () => {
    const asShares = weightedCapacityScore(oneToFive, [
      { score: 4, weight: 0.2 },
      { score: 2, weight: 0.8 },
    ]);
    const asPoints = weightedCapacityScore(oneToFive, [
      { score: 4, weight: 20 },
      { score: 2, weight: 80 },
    ]);
    expect(asShares).toBe(asPoints);
    expect(asPoints).toBe(35); // 0.2 × 75 + 0.8 × 25
  });

  it('compares rubric versions on different scales: the same standing scores the same', () => {
    const onVersion1 = weightedCapacityScore(oneToFive, [
      { score: 4, weight: 1 },
      { score: 2, weight: 1 },
    ]);
    const onVersion2 = weightedCapacityScore(zeroToTen, [
      { score: 7.5, weight: 2 },
      { score: 2.5, weight: 2 },
    ]);
    expect([onVersion1, onVersion2]).toEqual([50, 50]);
  });

  it('rounds to two decimals', () => {
    const thirds = [
      { score: 5, weight: 2 },
      { score: 1, weight: 1 },
    ];
    expect(weightedCapacityScore(oneToFive, thirds)).toBe(66.67);
  });

  it('normalises weights into shares that add up to 1', () => {
    const shares = normalisedWeights([
      { criterionId: 'plan', weight: 2 },
      { criterionId: 'people', weight: 1 },
      { criterionId: 'digital', weight: 1 },
    ]);
    expect(shares).toEqual([
      { criterionId: 'plan', share: 0.5 },
      { criterionId: 'people', share: 0.25 },
      { criterionId: 'digital', share: 0.25 },
    ]);
  });

  it('refuses an unsound scale or weights instead of returning a meaningless number', () => {
    expect(() => scaledScore({ min: 5, max: 5 }, 5)).toThrow(RangeError);
    expect(() => weightedCapacityScore({ min: 5, max: 1 }, [{ score: 3, weight: 1 }])).toThrow(RangeError);
    expect(() => weightedCapacityScore(oneToFive, [])).toThrow(/at least one/);
    expect(() => weightedCapacityScore(oneToFive, [{ score: 3, weight: 0 }])).toThrow(/positive/);
    expect(() => normalisedWeights([{ criterionId: 'plan', weight: -1 }])).toThrow(/positive/);
  });
});

import { committedBy, needQuantities, quantityExceeds, quantityReaches } from './need-quantities';

describe('need quantities', () => {
  it('counts nothing for a need without matches: everything is outstanding', () => {
    expect(needQuantities([], 20)).toEqual({ requested: 20, proposed: 0, committed: 0, delivered: 0, outstanding: 20 });
  });

  it('counts proposed offers apart from what accepted matches commit', () => {
    const matches = [
      { status: 'proposed' as const, quantity: 5 },
      { status: 'accepted' as const, quantity: 8 },
      { status: 'proposed' as const, quantity: 4 },
    ];
    expect(needQuantities(matches, 20)).toEqual({ requested: 20, proposed: 9, committed: 8, delivered: 0, outstanding: 12 });
  });

  it('counts declined and released matches as nothing', () => {
    const matches = [
      { status: 'declined' as const, quantity: 10 },
      { status: 'released' as const, quantity: 10 },
    ];
    expect(needQuantities(matches, 20)).toMatchObject({ proposed: 0, committed: 0, outstanding: 20 });
  });

  it('holds a fulfilled match to what it delivered: the rest of its promise is outstanding again', () => {
    const matches = [
      { status: 'fulfilled' as const, quantity: 10, deliveredQuantity: 6 },
      { status: 'accepted' as const, quantity: 4 },
    ];
    expect(needQuantities(matches, 20)).toEqual({ requested: 20, proposed: 0, committed: 10, delivered: 6, outstanding: 10 });
    expect(committedBy({ status: 'fulfilled', quantity: 10, deliveredQuantity: 6 })).toBe(6);
  });

  it('never shows a negative outstanding quantity', () => {
    expect(needQuantities([{ status: 'accepted', quantity: 20 }], 20).outstanding).toBe(0);
  });

  it('compares fractional sums without rounding errors', () => {
    expect(0.1 + 0.2).toBeGreaterThan(0.3);
    expect(quantityExceeds(0.1 + 0.2, 0.3)).toBe(false);
    expect(quantityReaches(0.1 + 0.2, 0.3)).toBe(true);
    expect(quantityExceeds(0.31, 0.3)).toBe(true);
    const matches = [
      { status: 'accepted' as const, quantity: 0.1 },
      { status: 'accepted' as const, quantity: 0.2 },
    ];
    expect(needQuantities(matches, 0.3).outstanding).toBe(0);
  });
});

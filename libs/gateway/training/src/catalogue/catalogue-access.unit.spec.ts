import { isShown } from './catalogue-access';

describe('isShown', () => {
  const readableDrafts = new Set(['lao-cai']);

  it('shows published and retired items to every catalogue reader', () => {
    expect(isShown({ status: 'published', ownerUnitId: 'yen-bai' }, readableDrafts)).toBe(true);
    expect(isShown({ status: 'retired', ownerUnitId: 'yen-bai' }, readableDrafts)).toBe(true);
  });

  it("shows a draft only to readers within its owner's subtree", () => {
    expect(isShown({ status: 'draft', ownerUnitId: 'lao-cai' }, readableDrafts)).toBe(true);
    expect(isShown({ status: 'draft', ownerUnitId: 'yen-bai' }, readableDrafts)).toBe(false);
  });
});

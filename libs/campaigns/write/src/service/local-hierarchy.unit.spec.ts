import { LocalHierarchy } from './local-hierarchy';
import { memorySource, rowsOf, unitCreated, unitsMerged } from './local-hierarchy.test-fixtures';

describe('LocalHierarchy', () => {
  const events = [unitCreated('lao-cai', null), unitCreated('ta-van', 'lao-cai'), unitCreated('hau-thao', 'lao-cai'), unitsMerged(['ta-van', 'hau-thao'], 'ta-van', '2025-07-01')];

  it('folds the projected events with the registry fold and reads only versions it has not folded', async () => {
    const rows = rowsOf(events.slice(0, 3));
    const source = memorySource(rows);
    const hierarchy = new LocalHierarchy();
    hierarchy.attach(source);
    await hierarchy.refresh();
    expect(hierarchy.lineageOf('hau-thao', '2025-08-01')).toEqual(['hau-thao', 'lao-cai']);
    rows.push(...rowsOf([unitCreated('sa-pa', 'lao-cai'), unitsMerged(['hau-thao'], 'sa-pa', '2025-07-01')], 4));
    await hierarchy.refresh();
    expect(source.reads).toEqual([0, 3]);
    expect(hierarchy.lineageOf('hau-thao', '2025-08-01')).toEqual(['hau-thao', 'sa-pa', 'lao-cai']);
    expect(hierarchy.lineageOf('hau-thao', '2025-06-30')).toEqual(['hau-thao', 'lao-cai']);
    expect(hierarchy.lineageOf('nowhere', '2025-08-01')).toEqual([]);
    expect(hierarchy.existsOn('sa-pa', '2024-12-31')).toBe(false);
  });

  it('stops at a missing version and reports it, then folds on once it arrives', async () => {
    const rows = rowsOf([unitCreated('lao-cai', null), unitCreated('ta-van', 'lao-cai')]);
    const stored = [...rows, ...rowsOf([unitCreated('y-ty', 'sa-pa')], 4)];
    const hierarchy = new LocalHierarchy();
    hierarchy.attach(memorySource(stored));
    expect(await hierarchy.catchUp(0)).toBe(false);
    expect(hierarchy.status()).toEqual({ ready: false, version: 2, gap: true });
    expect(hierarchy.lineageOf('y-ty', '2025-08-01')).toEqual([]);

    stored.push(...rowsOf([unitCreated('sa-pa', 'lao-cai')], 3));
    expect(await hierarchy.catchUp(0)).toBe(true);
    expect(hierarchy.status()).toEqual({ ready: true, version: 4, gap: false });
    expect(hierarchy.lineageOf('y-ty', '2025-08-01')).toEqual(['y-ty', 'sa-pa', 'lao-cai']);
  });

  it('waits for the projector to catch up with the registry topic, and gives up after the wait', async () => {
    let lag = 2;
    const rows = rowsOf([unitCreated('lao-cai', null)]);
    const hierarchy = new LocalHierarchy();
    hierarchy.attach(
      memorySource(rows, () => {
        if (lag > 0 && --lag === 0) rows.push(...rowsOf([unitCreated('ta-van', 'lao-cai')], 2));
        return lag;
      }),
    );
    expect(await hierarchy.catchUp(1000, 1)).toBe(true);
    expect(hierarchy.lineageOf('ta-van', '2025-08-01')).toEqual(['ta-van', 'lao-cai']);

    const behind = new LocalHierarchy();
    behind.attach(memorySource([], () => 5));
    expect(await behind.catchUp(20, 1)).toBe(false);
    expect(behind.status().ready).toBe(false);
  });
});

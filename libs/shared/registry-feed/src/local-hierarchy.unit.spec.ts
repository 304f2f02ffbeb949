import { LocalHierarchy } from './local-hierarchy';
import { memorySource, rowsOf, unitCreated, unitsMerged } from './local-hierarchy.test-fixtures';

describe('LocalHierarchy', () => {
  const events = [
    unitCreated('lao-cai', null),
    unitCreated('ta-van', 'lao-cai'),
    unitCreated('hau-thao', 'lao-cai'),
    unitsMerged(['ta-van', 'hau-thao'], 'ta-van', '2025-07-01'),
  ];

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

  it('does not answer caught up from a read that started before the newest event was stored', async () => {
    const stored = rowsOf([unitCreated('lao-cai', null)]);
    const reads: { after: number; release: () => void }[] = [];
    const hierarchy = new LocalHierarchy();
    hierarchy.attach({
      // Each read sees the rows stored when it starts, and answers when the test releases it.
      eventsAfter: (version) => {
        const rows = stored.filter((row) => row.version > version);
        return new Promise((resolve) => reads.push({ after: version, release: () => resolve(rows) }));
      },
      lag: async () => 0,
    });
    const settle = () => new Promise((resolve) => setImmediate(resolve));

    const earlier = hierarchy.refresh(); // e.g. another command's read, in flight...
    stored.push(...rowsOf([unitCreated('ta-van', 'lao-cai')], 2)); // ...when the unit's event is stored
    const caughtUp = [hierarchy.catchUp(1000, 1), hierarchy.catchUp(1000, 1)];
    await settle();
    reads[0]?.release();
    await earlier;
    await settle();
    reads[1]?.release();

    expect(await Promise.all(caughtUp)).toEqual([true, true]);
    expect(hierarchy.lineageOf('ta-van', '2025-08-01')).toEqual(['ta-van', 'lao-cai']);
    // Both waits shared the one read that started after the lag probe.
    expect(reads.map((read) => read.after)).toEqual([0, 1]);
  });
});

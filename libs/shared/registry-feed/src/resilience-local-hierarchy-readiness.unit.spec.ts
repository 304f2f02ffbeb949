import { LocalHierarchy } from './local-hierarchy';
import { memorySource, rowsOf, unitCreated } from './local-hierarchy.test-fixtures';

// Readiness shows the version of the copy in use, and that copy follows the projection even when
// no command asks for it (a probe once saw "version 0" while the stream was past 900).
describe('LocalHierarchy readiness', () => {
  it('reports the version projected since start although no command has refreshed the copy', async () => {
    const rows = rowsOf([]);
    const hierarchy = new LocalHierarchy();
    hierarchy.attach(memorySource(rows));
    expect(await hierarchy.readiness()).toEqual({ up: true, detail: 'version 0' });

    rows.push(...rowsOf([unitCreated('lao-cai', null), unitCreated('ta-van', 'lao-cai'), unitCreated('sa-pa', 'lao-cai')]));
    expect(await hierarchy.readiness()).toEqual({ up: true, detail: 'version 3' });
    expect(hierarchy.lineageOf('sa-pa', '2025-08-01')).toEqual(['sa-pa', 'lao-cai']);
  });

  it('stays up with the version in use while the lag probe fails after the first catch-up', async () => {
    const rows = rowsOf([unitCreated('lao-cai', null)]);
    let kafkaDown = false;
    const hierarchy = new LocalHierarchy();
    hierarchy.attach(
      memorySource(rows, () => {
        if (kafkaDown) throw new Error('Kafka unreachable');
        return 0;
      }),
    );
    expect(await hierarchy.readiness()).toEqual({ up: true, detail: 'version 1' });
    kafkaDown = true;
    rows.push(...rowsOf([unitCreated('ta-van', 'lao-cai')], 2));
    expect(await hierarchy.readiness()).toEqual({ up: true, detail: 'version 2' });
  });

  it('is down and names the missing version while one is missing', async () => {
    const hierarchy = new LocalHierarchy();
    hierarchy.attach(memorySource([...rowsOf([unitCreated('lao-cai', null)]), ...rowsOf([unitCreated('sa-pa', 'lao-cai')], 3)]));
    expect(await hierarchy.readiness()).toEqual({ up: false, detail: 'waiting for hierarchy version 2' });
  });

  it('is down while the projector is behind the registry topic', async () => {
    const hierarchy = new LocalHierarchy();
    hierarchy.attach(memorySource(rowsOf([unitCreated('lao-cai', null)]), () => 4));
    expect(await hierarchy.readiness()).toEqual({ up: false, detail: 'catching up with the registry hierarchy' });
  });
});

import type { NetworkDirectoryCopy } from '@tn/campaigns-contracts';
import { LocalNetworkDirectory } from './local-network-directory';

const verified = (id: string): NetworkDirectoryCopy => ({ kind: 'group', id, status: 'verified' });

/** A source answering from a map keyed `<kind>:<id>`, with a lag per stream that a test moves; records the lag probes. */
function memorySource(entries: Record<string, NetworkDirectoryCopy>, lagOf: (streamId?: string) => number) {
  const probes: (string | undefined)[] = [];
  return {
    probes,
    entryOf: async (kind: string, id: string) => entries[`${kind}:${id}`],
    lag: async (streamId?: string) => {
      probes.push(streamId);
      return lagOf(streamId);
    },
  };
}

describe('LocalNetworkDirectory', () => {
  it('answers a record from its projected document, nothing for one never projected', async () => {
    const directory = new LocalNetworkDirectory();
    directory.attach(memorySource({ 'group:g-1': verified('g-1') }, () => 0));
    expect(await directory.entryOf('group', 'g-1')).toEqual(verified('g-1'));
    expect(await directory.entryOf('partner', 'g-1')).toBeUndefined();
  });

  it("waits on the lag of the record's own stream partition until the projector has caught up", async () => {
    let lag = 3;
    const stored: Record<string, NetworkDirectoryCopy> = {};
    const source = memorySource(stored, () => {
      if (lag > 0 && --lag === 0) stored['group:g-new'] = verified('g-new');
      return lag;
    });
    const directory = new LocalNetworkDirectory();
    directory.attach(source);
    expect(await directory.catchUp('group', 'g-new', 1000, 1)).toBe(true);
    expect(await directory.entryOf('group', 'g-new')).toEqual(verified('g-new'));
    expect(new Set(source.probes)).toEqual(new Set(['group-g-new']));
  });

  it('gives up after the wait while the projector stays behind, or while Kafka does not answer', async () => {
    const behind = new LocalNetworkDirectory();
    behind.attach(memorySource({}, () => 5));
    expect(await behind.catchUp('agreement', 'hd-1', 20, 1)).toBe(false);

    const unreachable = new LocalNetworkDirectory();
    unreachable.attach({
      entryOf: async () => undefined,
      lag: async () => {
        throw new Error('Kafka unreachable');
      },
    });
    expect(await unreachable.catchUp('partner', 'p-1', 20, 1)).toBe(false);
  });

  it("reports ready once it has caught up with the network's whole topic, and stays so", async () => {
    let lag = 2;
    const source = memorySource({}, () => lag);
    const directory = new LocalNetworkDirectory();
    directory.attach(source);
    expect(await directory.readiness()).toEqual({ up: false, detail: "catching up with the network's directory" });
    lag = 0;
    expect(await directory.readiness()).toEqual({ up: true, detail: 'caught up with the network' });
    lag = 9;
    expect(await directory.readiness()).toEqual({ up: true, detail: 'caught up with the network' });
    expect(source.probes).toEqual([undefined, undefined]);
  });

  it('refuses to answer before its source is attached', async () => {
    await expect(new LocalNetworkDirectory().entryOf('group', 'g-1')).rejects.toThrow('before its source was attached');
  });
});

import { type NetworkDirectoryCopy, type NetworkDirectoryKind, networkDirectorySourceStreamId } from '@tn/campaigns-contracts';
import type { NetworkDirectoryLookup } from '../network-directory-check';

/** Where the local directory reads from: the projected records, and how far the projector is behind on the network's topic. */
export interface LocalNetworkDirectorySource {
  /** The record as projected; undefined when no event of it has been. */
  entryOf(kind: NetworkDirectoryKind, id: string): Promise<NetworkDirectoryCopy | undefined>;
  /** The network's messages not projected yet: on the partition of `streamId`, or on the whole topic without one (0 when caught up). */
  lag(streamId?: string): Promise<number>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/**
 * The network's groups, partners and agreements as this service knows them from its copy: each
 * look-up reads the record's one document (by id), so a record is answered as of the last event
 * projected, and nothing is held in memory.
 */
export class LocalNetworkDirectory implements NetworkDirectoryLookup {
  private source?: LocalNetworkDirectorySource;
  private caughtUpOnce = false;

  /** The source arrives once Nest has connected to MongoDB and Kafka. */
  attach(source: LocalNetworkDirectorySource): void {
    this.source = source;
  }

  async entryOf(kind: NetworkDirectoryKind, id: string): Promise<NetworkDirectoryCopy | undefined> {
    return this.requireSource().entryOf(kind, id);
  }

  /**
   * Wait up to `waitMs` until the projector has every message of the partition that holds the
   * record's stream (where the network's relay publishes it); false when it has not by then. The
   * caller reads the record again after a true answer: an event counted as consumed is already
   * written, so that read sees it.
   */
  async catchUp(kind: NetworkDirectoryKind, id: string, waitMs = 3000, pollMs = 100): Promise<boolean> {
    const source = this.requireSource();
    const streamId = networkDirectorySourceStreamId(kind, id);
    const until = Date.now() + waitMs;
    for (;;) {
      if ((await source.lag(streamId).catch(() => undefined)) === 0) return true;
      if (Date.now() >= until) return false;
      await pause(pollMs);
    }
  }

  /**
   * The readiness answer: up once the copy has caught up with the network's whole topic since
   * start. Commands do not wait for it: a record unknown here is always checked again against its
   * own partition.
   */
  async readiness(): Promise<{ up: boolean; detail: string }> {
    if (!this.caughtUpOnce)
      this.caughtUpOnce =
        (await this.requireSource()
          .lag()
          .catch(() => undefined)) === 0;
    return this.caughtUpOnce ? { up: true, detail: 'caught up with the network' } : { up: false, detail: "catching up with the network's directory" };
  }

  private requireSource(): LocalNetworkDirectorySource {
    if (!this.source) throw new Error('LocalNetworkDirectory used before its source was attached');
    return this.source;
  }
}

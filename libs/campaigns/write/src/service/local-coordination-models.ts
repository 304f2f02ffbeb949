import { type CoordinationModelCopy, coordinationModelSourceStreamId } from '@tn/campaigns-contracts';
import type { CoordinationModelLookup, LookedUpModelStatus } from '../coordination-model-check';

/** Where the local catalogue reads from: the projected models, and how far the projector is behind on training's topic. */
export interface LocalCoordinationModelsSource {
  /** The model as projected; undefined when no event of it has been. */
  modelOf(modelId: string): Promise<CoordinationModelCopy | undefined>;
  /** Training's messages not projected yet: on the partition of `streamId`, or on the whole topic without one (0 when caught up). */
  lag(streamId?: string): Promise<number>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/**
 * Training's coordination-model catalogue as this service knows it from its copy (ADR 0019):
 * each look-up reads the model's one document (by id), so a model is answered as of the last
 * event projected, and nothing is held in memory.
 */
export class LocalCoordinationModels implements CoordinationModelLookup {
  private source?: LocalCoordinationModelsSource;
  private caughtUpOnce = false;

  /** The source arrives once Nest has connected to MongoDB and Kafka. */
  attach(source: LocalCoordinationModelsSource): void {
    this.source = source;
  }

  async statusOf(modelId: string): Promise<LookedUpModelStatus> {
    return (await this.requireSource().modelOf(modelId))?.status ?? 'none';
  }

  /**
   * Wait up to `waitMs` until the projector has every message of the partition that holds the
   * model's stream (where training's relay publishes it); false when it has not by then. The
   * caller reads the model again after a true answer: an event counted as consumed is already
   * written, so that read sees it.
   */
  async catchUp(modelId: string, waitMs = 3000, pollMs = 100): Promise<boolean> {
    const source = this.requireSource();
    const streamId = coordinationModelSourceStreamId(modelId);
    const until = Date.now() + waitMs;
    for (;;) {
      if ((await source.lag(streamId).catch(() => undefined)) === 0) return true;
      if (Date.now() >= until) return false;
      await pause(pollMs);
    }
  }

  /**
   * The readiness answer: up once the copy has caught up with training's whole topic since start
   * (a fresh copy, read from the topic's start, is not ready before). Commands do not wait for it:
   * a model unknown here is always checked again against the model's own partition.
   */
  async readiness(): Promise<{ up: boolean; detail: string }> {
    if (!this.caughtUpOnce)
      this.caughtUpOnce =
        (await this.requireSource()
          .lag()
          .catch(() => undefined)) === 0;
    return this.caughtUpOnce ? { up: true, detail: 'caught up with training' } : { up: false, detail: 'catching up with the training catalogue' };
  }

  private requireSource(): LocalCoordinationModelsSource {
    if (!this.source) throw new Error('LocalCoordinationModels used before its source was attached');
    return this.source;
  }
}

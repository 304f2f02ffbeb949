import type { Connection } from 'mongoose';
import { type GatewayContext, readerOf, ReadModelReads } from '@tn/gateway-core';
import { LINEAGE_COLLECTION, type LineageDoc } from './lineage.read-model';
import type { PersonLineage } from './lineage-walk';

/** Reads of the lineage read model: a person by id, and the people a trainer trained (one indexed equality). */
export class LineageReads {
  private readonly reads: ReadModelReads;

  constructor(connection: Connection) {
    this.reads = new ReadModelReads(connection);
  }

  lineage(personId: string): Promise<LineageDoc | undefined> {
    return this.reads.one<LineageDoc>(LINEAGE_COLLECTION, personId);
  }

  /** Documents naming the trainer among their courses' trainers (their own, as a learner or a co-trainer: the walk tells them apart). */
  namingTrainer(trainerId: string): Promise<PersonLineage[]> {
    return this.reads.where<PersonLineage>(LINEAGE_COLLECTION, { trainerIds: trainerId });
  }
}

/** The request's LineageReads (one per request, over the core's read-model connection). */
export const lineageOf = (context: GatewayContext): LineageReads =>
  readerOf(context, 'training:lineage', (readModels) => new LineageReads(readModels.connection));

import type { Connection } from 'mongoose';
import { type EqualityFilter, type GatewayContext, readerOf, ReadModelReads } from '@tn/gateway-core';
import { COORDINATION_MODELS_COLLECTION, type CoordinationModelDoc } from './coordination-model.read-model';
import { CURRICULA_COLLECTION, type CurriculumDoc } from './curriculum.read-model';
import { type MaterialDoc, MATERIALS_COLLECTION } from './material.read-model';

/** Reads of the catalogue read models: one item by id, or the items matching a list's equalities (catalogueFilterOf). */
export class CatalogueDirectory {
  private readonly reads: ReadModelReads;

  constructor(connection: Connection) {
    this.reads = new ReadModelReads(connection);
  }

  curriculum(id: string): Promise<CurriculumDoc | undefined> {
    return this.reads.one(CURRICULA_COLLECTION, id);
  }

  curricula(filter: EqualityFilter): Promise<CurriculumDoc[]> {
    return this.reads.where(CURRICULA_COLLECTION, filter);
  }

  material(id: string): Promise<MaterialDoc | undefined> {
    return this.reads.one(MATERIALS_COLLECTION, id);
  }

  materials(filter: EqualityFilter): Promise<MaterialDoc[]> {
    return this.reads.where(MATERIALS_COLLECTION, filter);
  }

  coordinationModel(id: string): Promise<CoordinationModelDoc | undefined> {
    return this.reads.one(COORDINATION_MODELS_COLLECTION, id);
  }

  coordinationModels(filter: EqualityFilter): Promise<CoordinationModelDoc[]> {
    return this.reads.where(COORDINATION_MODELS_COLLECTION, filter);
  }
}

/** The request's CatalogueDirectory (one per request, over the core's read-model connection). */
export const catalogueOf = (context: GatewayContext): CatalogueDirectory =>
  readerOf(context, 'training:catalogue', (readModels) => new CatalogueDirectory(readModels.connection));

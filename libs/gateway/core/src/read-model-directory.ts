import { Injectable } from '@nestjs/common';
import { MongoConnection } from '@tn/shared-service-kit';
import type { Connection } from 'mongoose';
import { ReadModelCipher } from './read-model-cipher';
import type { GatewayContext } from './request-user';

/**
 * The gateway's read models as the resolvers reach them: the connection and the cipher, given by
 * injection once, and each slice's readers (with their DataLoader caches) made once per request.
 * The core's request interceptor hands it to every request's context, so a resolver or a helper
 * that holds only the context (`directoryOf(context)`) needs no module-level connection.
 */
@Injectable()
export class ReadModelDirectory {
  constructor(
    private readonly mongo: MongoConnection,
    readonly cipher: ReadModelCipher,
  ) {}

  get connection(): Connection {
    return this.mongo.connection;
  }

  /** The request's reader under `name`, made on its first use in the request. */
  readerOf<Reader>(context: GatewayContext, name: string, make: (readModels: ReadModelDirectory) => Reader): Reader {
    let reader = context.loaders.get(name) as Reader | undefined;
    if (reader === undefined) {
      reader = make(this);
      context.loaders.set(name, reader);
    }
    return reader;
  }
}

/** The request's read models (set by the core's interceptor before any resolver runs). */
function readModelsOf(context: GatewayContext): ReadModelDirectory {
  if (!context.readModels) throw new Error('the request has no read models: GatewayCoreModule is not imported');
  return context.readModels;
}

/** Shorthand of a slice's per-request reader: `readerOf(context, 'units', (m) => new UnitDirectory(m.connection))`. */
export const readerOf = <Reader>(context: GatewayContext, name: string, make: (readModels: ReadModelDirectory) => Reader): Reader =>
  readModelsOf(context).readerOf(context, name, make);

import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import mongoose, { type Connection } from 'mongoose';
import type { ServiceConfig } from '@tn/shared-config';
import { backoffDelay, sleep, withDeadline } from '../deadline';
import { SERVICE_CONFIG } from '../tokens';

/**
 * The service's own MongoDB database. The service starts even when MongoDB is not reachable
 * yet: the connection is retried in the background and readiness reports it as down until then.
 * FerretDB v1 has no multi-document transactions or change streams: do not use them (ADR 0004).
 */
@Injectable()
export class MongoConnection implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(MongoConnection.name);
  readonly connection: Connection = mongoose.createConnection();
  private closing = false;
  private connecting?: Promise<void>;

  constructor(@Inject(SERVICE_CONFIG) private readonly config: ServiceConfig) {}

  onModuleInit(): void {
    this.connecting = this.connectUntilClosed();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    await this.connection.close(true).catch(() => undefined);
  }

  /** Resolves once connected (or when the service is shutting down). */
  async connected(): Promise<void> {
    await this.connecting;
  }

  async ping(): Promise<void> {
    const db = this.connection.db;
    if (this.connection.readyState !== mongoose.ConnectionStates.connected || !db) {
      throw new Error('not connected to MongoDB yet');
    }
    await withDeadline(db.admin().command({ ping: 1 }), this.config.READINESS_TIMEOUT_MS, 'MongoDB');
  }

  private async connectUntilClosed(): Promise<void> {
    for (let attempt = 0; !this.closing; attempt++) {
      try {
        await this.connection.openUri(this.config.MONGO_URL, {
          dbName: this.config.MONGO_DATABASE,
          serverSelectionTimeoutMS: this.config.READINESS_TIMEOUT_MS,
          // Index builds are explicit (syncIndexes at start-up of each feature), never implicit.
          autoIndex: false,
        });
        this.logger.log(`connected to MongoDB database ${this.config.MONGO_DATABASE}`);
        return;
      } catch (error) {
        // The URL may hold credentials: log the reason only.
        if (attempt === 0 || attempt % 10 === 0) {
          this.logger.warn(`MongoDB not reachable yet (${(error as Error).message}); retrying`);
        }
        await sleep(backoffDelay(attempt));
      }
    }
  }
}

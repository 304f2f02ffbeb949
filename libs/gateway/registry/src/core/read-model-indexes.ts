import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { MongoConnection } from '@tn/shared-service-kit';
import { ACCOUNTS_COLLECTION } from '../people/account.read-model';
import { CADRES_COLLECTION } from '../people/cadre.read-model';
import { VOLUNTEERS_COLLECTION } from '../people/volunteer.read-model';
import { UNITS_COLLECTION } from '../units/unit.read-model';

/** The fields every list query filters on (children of a unit, people of a unit). */
export const READ_MODEL_INDEXES: readonly { collection: string; field: string }[] = [
  { collection: UNITS_COLLECTION, field: 'parentKeys' },
  { collection: VOLUNTEERS_COLLECTION, field: 'homeUnitIds' },
  { collection: CADRES_COLLECTION, field: 'unitIds' },
  { collection: ACCOUNTS_COLLECTION, field: 'roleUnitIds' },
];

/** Creates the read models' indexes once MongoDB answers (idempotent; in the background). */
@Injectable()
export class ReadModelIndexes implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReadModelIndexes.name);

  constructor(private readonly mongo: MongoConnection) {}

  onApplicationBootstrap(): void {
    void this.create();
  }

  private async create(): Promise<void> {
    await this.mongo.connected();
    for (const { collection, field } of READ_MODEL_INDEXES) {
      await this.mongo.connection
        .collection(collection)
        .createIndex({ [field]: 1 })
        .catch((error: Error) => this.logger.warn(`index on ${collection}.${field} not created: ${error.message}`));
    }
  }
}

import { type EventMetadata, PERSONAL_DATA_ERASED, subjectStreamId } from '@tn/shared-event-contracts';
import type { AppendResult, MongoEventStore } from '../mongo-event-store';
import type { SnapshotStore } from '../snapshot-store';
import type { SubjectKeyStore } from './subject-key-store';

/**
 * Erasure of a data subject (right to erasure, domain.md §8): destroy the subject's key, so
 * every stored or published copy of their personal data becomes unreadable; delete snapshots
 * that may hold it in clear; and record PersonalDataErased so that projections purge it.
 * Events themselves stay as written, so anonymous counts survive.
 */
export class PersonalDataEraser {
  constructor(
    private readonly store: MongoEventStore,
    private readonly keys: SubjectKeyStore,
    private readonly snapshots?: SnapshotStore,
  ) {}

  async erase(subjectId: string, metadata: EventMetadata): Promise<AppendResult> {
    await this.keys.erase(subjectId);
    await this.snapshots?.deleteForSubject(subjectId);
    const streamId = subjectStreamId(subjectId);
    const earlier = await this.store.findCommit(`erase:${subjectId}`);
    if (earlier) return earlier;
    const { version, lastPosition } = await this.store.readStream(streamId);
    return this.store.append({
      streamId,
      streamType: 'subject',
      expectedVersion: version,
      commandId: `erase:${subjectId}`,
      events: [{ type: PERSONAL_DATA_ERASED, data: { subjectId } }],
      metadata,
      afterPosition: lastPosition,
    });
  }
}

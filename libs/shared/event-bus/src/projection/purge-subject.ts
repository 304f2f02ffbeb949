import type { Collection } from 'mongoose';
import { type EventEnvelope, PERSONAL_DATA_ERASED } from '@tn/shared-event-contracts';
import { PoisonMessageError, poisonUnlessTransient } from './poison-message-error';
import type { ProjectionDefinition } from './projection-definition';

/** The subject whose personal data an event says was erased, if it is such an event. */
export function erasedSubjectOf(event: EventEnvelope): string | undefined {
  if (event.type !== PERSONAL_DATA_ERASED) return undefined;
  const subjectId = event.data['subjectId'];
  if (typeof subjectId !== 'string' || subjectId === '') throw new PoisonMessageError(`${PERSONAL_DATA_ERASED} without a subjectId`);
  return subjectId;
}

/**
 * Remove a subject's personal data from a read model. Purging again changes nothing, so it
 * runs on every delivery, in or out of stream order: erasure never waits.
 */
export async function purgeSubject(collection: Collection, projection: ProjectionDefinition, subjectId: string): Promise<void> {
  const action = await poisonUnlessTransient(`${projection.name}.purgeSubject`, () => projection.purgeSubject?.(subjectId));
  if (action === undefined) return;
  if (typeof action === 'function') await action(collection);
  else if (action.update) await collection.updateMany(action.filter, action.update);
  else await collection.deleteMany(action.filter);
}

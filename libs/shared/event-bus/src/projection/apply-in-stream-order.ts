import { eventToProject } from './event-to-project';
import { PoisonMessageError } from './poison-message-error';
import type { EventToProject, ProjectingContext, ProjectionTarget } from './projection-target';
import { streamOrderOf } from './stream-order';
import { writeReadModelDocument } from './write-read-model-document';

/**
 * What projecting one event into one read model did: `applied` (a document written or
 * deleted), `passed` (in order, but nothing for this projection to do), `duplicate` (already
 * in), `parked` (an earlier version is missing; kept until it arrives).
 */
export type ProjectionOutcome = 'applied' | 'passed' | 'duplicate' | 'parked';

interface Step {
  outcome: ProjectionOutcome;
  /** The stream's cursor after the step. */
  last: number;
}

/**
 * Project an event into a read model strictly in stream order: skip what is already in, park
 * what came too early, and after taking an event release the parked ones that were waiting
 * for it. Throws PoisonMessageError when this event cannot be projected; any other error
 * (the database is away) leaves everything consistent, to be retried.
 */
export async function applyInStreamOrder(target: ProjectionTarget, event: EventToProject, context: ProjectingContext): Promise<ProjectionOutcome> {
  const { outcome, last } = await applyIfNext(target, event, context);
  const { streamId, streamVersion } = event.envelope;
  if (outcome !== 'parked') {
    // Also after a duplicate: a crash may have struck between taking an event and releasing
    // what waited for it, and only a re-delivery brings us back here.
    await releaseParked(target, streamId, last + 1, context);
  } else {
    // The missing event may have been taken (by another writer) between our read and the
    // park; then nobody else will look for this one, so release it ourselves.
    const now = await context.cursors.lastVersion(target.collection.collectionName, streamId);
    if (now >= streamVersion - 1) await releaseParked(target, streamId, now + 1, context);
  }
  return outcome;
}

async function applyIfNext(target: ProjectionTarget, event: EventToProject, context: ProjectingContext): Promise<Step> {
  const collection = target.collection.collectionName;
  const { streamId, streamVersion, type } = event.envelope;
  const last = await context.cursors.lastVersion(collection, streamId);
  const order = streamOrderOf(streamVersion, last);
  if (order === 'duplicate') return { outcome: 'duplicate', last };
  if (order === 'gap') {
    await context.parked.park(collection, streamId, streamVersion, event.message);
    return { outcome: 'parked', last };
  }
  let outcome: ProjectionOutcome = 'passed';
  if (target.projection.handles.includes(type)) {
    const write = await writeReadModelDocument(target.collection, target.projection, await event.revealed());
    outcome = write === 'written' || write === 'deleted' ? 'applied' : write === 'already-there' ? 'duplicate' : 'passed';
  }
  // After the document write: if we crash in between, the event is delivered again and the
  // document's own version says it is in.
  await context.cursors.advance(collection, streamId, streamVersion);
  return { outcome, last: streamVersion };
}

async function releaseParked(target: ProjectionTarget, streamId: string, fromVersion: number, context: ProjectingContext): Promise<void> {
  const collection = target.collection.collectionName;
  for (let version = fromVersion; ; version++) {
    const message = await context.parked.find(collection, streamId, version);
    if (!message) return;
    let step: Step;
    try {
      step = await applyIfNext(target, eventToProject(message, context.reveal), context);
    } catch (error) {
      if (!(error instanceof PoisonMessageError)) throw error;
      await context.deadLetter(message, error);
      await context.parked.remove(collection, streamId, version);
      return; // the stream waits here again, until the dead letter is re-driven
    }
    if (step.outcome === 'parked') return; // not its turn after all: keep it
    await context.parked.remove(collection, streamId, version);
  }
}

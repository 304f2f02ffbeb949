import { applyInStreamOrder, type ProjectionOutcome } from './apply-in-stream-order';
import type { CapturedMessage } from './captured-message';
import { eventToProject } from './event-to-project';
import { PoisonMessageError } from './poison-message-error';
import type { ProjectingContext, ProjectionTarget } from './projection-target';
import { erasedSubjectOf, purgeSubject } from './purge-subject';

/**
 * Project one consumed message into every read model: purge on erasure, then each projection
 * in stream order. A projection refusing the event does not stop the others; the message is
 * poison if any refused it (re-driving it later is harmless for those that took it).
 */
export async function projectMessage(
  message: CapturedMessage,
  targets: readonly ProjectionTarget[],
  context: ProjectingContext,
): Promise<ProjectionOutcome[]> {
  const event = eventToProject(message, context.reveal);
  const subjectId = erasedSubjectOf(event.envelope);
  const outcomes: ProjectionOutcome[] = [];
  const refusals: string[] = [];
  for (const target of targets) {
    try {
      if (subjectId !== undefined) await purgeSubject(target.collection, target.projection, subjectId);
      outcomes.push(await applyInStreamOrder(target, event, context));
    } catch (error) {
      if (!(error instanceof PoisonMessageError)) throw error;
      refusals.push(error.message);
    }
  }
  if (refusals.length > 0) throw new PoisonMessageError(refusals.join('; '));
  return outcomes;
}

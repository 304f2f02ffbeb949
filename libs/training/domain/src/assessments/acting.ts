import type { TrainingErrorCode } from '@tn/training-contracts';
import { requireIsoDate, requireText } from '../common/rules';

/** What the route adds to every rubric and assessment command: the server's Vietnam date and the acting user (from the envelope). */
export interface Acting {
  today: string;
  actorId: string;
}

/** Both facts present and sound, refused with the aggregate's own codes. */
export function requireActing(acting: Acting, codes: { date: TrainingErrorCode; actor: TrainingErrorCode }): void {
  requireIsoDate(acting.today, codes.date, 'today');
  requireText(acting.actorId, codes.actor, 'actorId', 'the acting user');
}

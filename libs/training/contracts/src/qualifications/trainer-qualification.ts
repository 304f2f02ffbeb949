import { dayKeyOf, nextDayKey } from './calendar';
import { expiryKeyOf, type QualificationRecord, type ValidityExtension } from './qualification-status';

/** What the trainer check needs of each kind a person's records name. */
export interface TrainerKindTerms {
  kindId: string;
  isTrainerQualification: boolean;
  /** The kind's blanket extensions, in the order they were declared. */
  extensions?: readonly ValidityExtension[];
}

/**
 * Whether the person holds a valid trainer qualification on every day of [from, to] (a course's
 * dates). Records of any trainer kind may take over from one another (a renewal granted before
 * the old record expires), but a single day uncovered, or revoked, fails the check. An empty
 * period (to before from) holds nothing.
 */
export function holdsValidTrainerQualification(records: readonly QualificationRecord[], kinds: readonly TrainerKindTerms[], from: string, to: string): boolean {
  if (to < from) return false;
  const last = dayKeyOf(to);
  let uncovered = dayKeyOf(from);
  for (let progressed = true; progressed;) {
    progressed = false;
    for (const record of records) {
      const kind = kinds.find((candidate) => candidate.kindId === record.kindId);
      if (!kind?.isTrainerQualification) continue;
      // Valid on the days [grantedOn, end): through the extended expiry, and before any revocation.
      const expiryEnd = nextDayKey(expiryKeyOf(record, kind.extensions));
      const end = record.revokedOn === undefined ? expiryEnd : Math.min(expiryEnd, dayKeyOf(record.revokedOn));
      if (dayKeyOf(record.grantedOn) > uncovered || end <= uncovered) continue;
      uncovered = end;
      if (uncovered > last) return true;
      progressed = true;
    }
  }
  return false;
}

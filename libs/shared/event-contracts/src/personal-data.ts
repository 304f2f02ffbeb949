import { eventType } from './messages/event-types';
import { IsNonEmptyText } from './messages/message-fields';

/**
 * Personal data in events is encrypted with a key per data subject (domain.md §8). After the
 * subject's key is destroyed, reads return this marker in place of each protected value.
 * (No leading `$`: MongoDB refuses such field names, and a rebuilt read model may store it.)
 */
export interface Erased {
  readonly __erased: true;
}

export const ERASED: Erased = Object.freeze({ __erased: true as const });

export const isErased = (value: unknown): value is Erased => typeof value === 'object' && value !== null && (value as { __erased?: unknown }).__erased === true;

/** Which fields of an event's data are personal, and whose they are. */
export interface PersonalDataSpec {
  /** Field holding the data subject's id (for example `volunteerId`); never encrypted. */
  subjectField: string;
  /** Top-level fields of `data` holding personal data. */
  fields: readonly string[];
}

/** Built-in event: a subject's personal data was erased; projections purge what they hold. */
export const PERSONAL_DATA_ERASED = 'PersonalDataErased';
class PersonalDataErasedData {
  @IsNonEmptyText() subjectId!: string;
}
export const personalDataErasedDefinition = eventType(PERSONAL_DATA_ERASED, PersonalDataErasedData);
export const subjectStreamId = (subjectId: string) => `subject-${subjectId}`;

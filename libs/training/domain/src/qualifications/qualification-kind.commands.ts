import type { qualificationKindCommandTypes } from '@tn/training-contracts';
import type { CommandNamed, CommandsOf } from '@tn/shared-event-contracts';

/**
 * What the route adds to every kind command: the server's Vietnam date (acts are dated by it)
 * and the acting user's id, from the envelope. Nothing is looked up in other streams.
 */
export interface QualificationKindCommandFacts {
  today: string;
  actorId: string;
}

/** The kind's commands: each payload (its one schema is in the contracts) with its type and facts. */
export type QualificationKindCommand = CommandsOf<
  typeof qualificationKindCommandTypes,
  {
    DefineQualificationKind: QualificationKindCommandFacts;
    ReviseQualificationKind: QualificationKindCommandFacts;
    ExtendQualificationValidity: QualificationKindCommandFacts;
  }
>;

export type DefineQualificationKindCommand = CommandNamed<QualificationKindCommand, 'DefineQualificationKind'>;
export type ReviseQualificationKindCommand = CommandNamed<QualificationKindCommand, 'ReviseQualificationKind'>;
export type ExtendQualificationValidityCommand = CommandNamed<QualificationKindCommand, 'ExtendQualificationValidity'>;

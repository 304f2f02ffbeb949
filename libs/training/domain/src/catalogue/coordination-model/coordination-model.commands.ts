import type { coordinationModelCommandTypes } from '@tn/training-contracts';
import type { CommandNamed, CommandsOf } from '@tn/shared-event-contracts';
import type { ActFacts, LookedUpCurriculum } from '../catalogue.rules';

/**
 * The model's commands: each payload (its one schema is in the contracts) with the act's date and
 * actor, plus the curriculum that teaches the model as the route found it (for a draft and a
 * revision, the curriculum the payload names; for publishing, the model's own).
 */
export type CoordinationModelCommand = CommandsOf<
  typeof coordinationModelCommandTypes,
  {
    DraftCoordinationModel: ActFacts & { curriculum: LookedUpCurriculum };
    ReviseCoordinationModel: ActFacts & { curriculum: LookedUpCurriculum };
    PublishCoordinationModel: ActFacts & { curriculum: LookedUpCurriculum };
    RetireCoordinationModel: ActFacts;
  }
>;

export type DraftCoordinationModelCommand = CommandNamed<CoordinationModelCommand, 'DraftCoordinationModel'>;
export type ReviseCoordinationModelCommand = CommandNamed<CoordinationModelCommand, 'ReviseCoordinationModel'>;
export type PublishCoordinationModelCommand = CommandNamed<CoordinationModelCommand, 'PublishCoordinationModel'>;
export type RetireCoordinationModelCommand = CommandNamed<CoordinationModelCommand, 'RetireCoordinationModel'>;

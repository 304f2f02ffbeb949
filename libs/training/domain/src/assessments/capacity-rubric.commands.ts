import type { capacityRubricCommandTypes } from '@tn/training-contracts';
import type { CommandNamed, CommandsOf } from '@tn/shared-event-contracts';
import type { Acting } from './acting';

/** The rubric's commands: each payload (its one schema is in the contracts) plus the server's date and the acting user. */
export type CapacityRubricCommand = CommandsOf<typeof capacityRubricCommandTypes, { DefineCapacityRubric: Acting; ReviseCapacityRubric: Acting }>;

export type DefineCapacityRubric = CommandNamed<CapacityRubricCommand, 'DefineCapacityRubric'>;
export type ReviseCapacityRubric = CommandNamed<CapacityRubricCommand, 'ReviseCapacityRubric'>;

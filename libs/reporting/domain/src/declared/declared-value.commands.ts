import type { declaredValueCommandTypes } from '@tn/reporting-contracts';
import type { CommandNamed, CommandsOf } from '@tn/shared-event-contracts';
import type { ActFacts } from '../common/act';

/** The declared value's commands: each payload (its one schema is in the contracts) with the act's facts. */
export type DeclaredValueCommand = CommandsOf<typeof declaredValueCommandTypes, { DeclareValue: ActFacts }>;

export type DeclareValueCommand = CommandNamed<DeclaredValueCommand, 'DeclareValue'>;

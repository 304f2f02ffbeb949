import type { curriculumCommandTypes } from '@tn/training-contracts';
import type { CommandNamed, CommandsOf } from '@tn/shared-event-contracts';
import type { ActFacts } from '../catalogue.rules';

type CurriculumCommandType = (typeof curriculumCommandTypes)[number]['type'];

/** The curriculum's commands: each payload (its one schema is in the contracts) with the act's date and actor. */
export type CurriculumCommand = CommandsOf<typeof curriculumCommandTypes, Record<CurriculumCommandType, ActFacts>>;

export type DefineCurriculumCommand = CommandNamed<CurriculumCommand, 'DefineCurriculum'>;
export type ReviseCurriculumCommand = CommandNamed<CurriculumCommand, 'ReviseCurriculum'>;
export type RetireCurriculumCommand = CommandNamed<CurriculumCommand, 'RetireCurriculum'>;

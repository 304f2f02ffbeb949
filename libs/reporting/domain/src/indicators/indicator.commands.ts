import type { indicatorCommandTypes } from '@tn/reporting-contracts';
import type { CommandNamed, CommandsOf } from '@tn/shared-event-contracts';
import type { ActFacts } from '../common/act';

/** The indicator's commands: each payload (its one schema is in the contracts) with the act's facts. */
export type IndicatorCommand = CommandsOf<
  typeof indicatorCommandTypes,
  {
    DefineIndicator: ActFacts;
    ReviseIndicator: ActFacts;
    RetireIndicator: ActFacts;
  }
>;

export type DefineIndicatorCommand = CommandNamed<IndicatorCommand, 'DefineIndicator'>;
export type ReviseIndicatorCommand = CommandNamed<IndicatorCommand, 'ReviseIndicator'>;
export type RetireIndicatorCommand = CommandNamed<IndicatorCommand, 'RetireIndicator'>;

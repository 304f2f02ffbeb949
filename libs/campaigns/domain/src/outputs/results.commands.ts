import type { resultsCommandTypes } from '@tn/campaigns-contracts';
import type { CommandNamed, CommandsOf } from '@tn/shared-event-contracts';
import type { OutputMeasure } from './output-measures';
import type { AgreementFacts } from './resource-agreement';
import type { LookedUpActivityStatus, MeasureValue } from './results.types';

/**
 * An activity's results commands: each payload (its one schema is in the contracts) with its
 * type, plus what the service looks up so the decision stays pure:
 * - `activityStatus`: the activity's status, from its own stream;
 * - `measures` as stated (none when absent), and `catalogue`: the measures the output names, as
 *   the catalogue has them (a missing id is unknown, and the decider names it).
 * A gift's form-specific fields arrive flat and are checked together (`amountVnd` is refused for goods).
 * A gift that names an agreement comes with `agreementFacts` (the agreement as the service's copy of
 * the network's directory has it, and the activity's unit lineage on the day received).
 */
export type ResultsCommand = CommandsOf<
  typeof resultsCommandTypes,
  {
    RecordActivityOutput: { measures: MeasureValue[]; activityStatus: LookedUpActivityStatus; catalogue: Readonly<Record<string, OutputMeasure>> };
    RecordResourceMobilised: { activityStatus: LookedUpActivityStatus; agreementFacts?: AgreementFacts };
  }
>;

export type RecordActivityOutput = CommandNamed<ResultsCommand, 'RecordActivityOutput'>;
export type WithdrawActivityOutput = CommandNamed<ResultsCommand, 'WithdrawActivityOutput'>;
export type RecordResourceMobilised = CommandNamed<ResultsCommand, 'RecordResourceMobilised'>;
export type WithdrawResourceMobilised = CommandNamed<ResultsCommand, 'WithdrawResourceMobilised'>;

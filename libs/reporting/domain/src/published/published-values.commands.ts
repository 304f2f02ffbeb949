import type { publishedValuesCommandTypes } from '@tn/reporting-contracts';
import type { CommandNamed, CommandsOf } from '@tn/shared-event-contracts';
import type { ActFacts } from '../common/act';

/** The published values' commands: each payload (its one schema is in the contracts) with the act's facts. */
export type PublishedValuesCommand = CommandsOf<typeof publishedValuesCommandTypes, { PublishIndicatorValues: ActFacts }>;

export type PublishIndicatorValuesCommand = CommandNamed<PublishedValuesCommand, 'PublishIndicatorValues'>;

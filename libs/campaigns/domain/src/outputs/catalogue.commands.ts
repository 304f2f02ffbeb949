import type { catalogueCommandTypes } from '@tn/campaigns-contracts';
import type { CommandNamed, CommandsOf } from '@tn/shared-event-contracts';

/**
 * The catalogue's commands (their one schema is in the contracts): a system administrator adds a
 * measure (repeating the same definition records nothing), or retires one (it takes no new
 * outputs from then on; the outputs already recorded keep it).
 */
export type CatalogueCommand = CommandsOf<typeof catalogueCommandTypes>;

export type DefineOutputMeasure = CommandNamed<CatalogueCommand, 'DefineOutputMeasure'>;
export type RetireOutputMeasure = CommandNamed<CatalogueCommand, 'RetireOutputMeasure'>;

import type { cadreCommandTypes } from '@tn/registry-contracts';
import type { CommandNamed, CommandsOf } from '@tn/shared-event-contracts';
import type { ServerToday } from '../calendar/date-window.rules';

/** Looked up by the service: whether the unit the command names is active on the command's date. */
type UnitActive = { unitActive: boolean };

/**
 * The cadre's commands: each payload (its one schema is in the contracts) with its type, plus
 * what the service looks up (`unitActive`: the registering unit on `registeredOn`, the unit on
 * `termStart`, `toUnitId` on `effectiveFrom`) and the server's date of the command (`today`).
 */
export type CadreCommand = CommandsOf<typeof cadreCommandTypes, { RegisterCadre: UnitActive; AppointCadre: UnitActive; TransferCadre: UnitActive }> &
  ServerToday;

export type RegisterCadre = CommandNamed<CadreCommand, 'RegisterCadre'>;
export type AppointCadre = CommandNamed<CadreCommand, 'AppointCadre'>;
export type TransferCadre = CommandNamed<CadreCommand, 'TransferCadre'>;
export type EndCadreTerm = CommandNamed<CadreCommand, 'EndCadreTerm'>;

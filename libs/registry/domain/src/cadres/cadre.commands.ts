import type { ServerToday } from '../calendar/date-window.rules';

/** `unitActive` is looked up by the adapter: whether the registering unit is active on `registeredOn`. */
export type RegisterCadre = {
  type: 'RegisterCadre';
  cadreId: string;
  fullName: string;
  email?: string;
  phone?: string;
  registeredOn: string;
  /** The unit that registers the cadre: it owns them until their first appointment. */
  registeringUnitId: string;
  unitActive: boolean;
};

/** `unitActive` is looked up by the adapter: whether the unit is active on `termStart`. */
export type AppointCadre = {
  type: 'AppointCadre';
  cadreId: string;
  positionId: string;
  unitId: string;
  title: string;
  dedicatedToVolunteerWork: boolean;
  termStart: string;
  termEnd?: string;
  unitActive: boolean;
};

/** `unitActive` is looked up by the adapter: whether `toUnitId` is active on `effectiveFrom`. */
export type TransferCadre = {
  type: 'TransferCadre';
  cadreId: string;
  positionId: string;
  toUnitId: string;
  effectiveFrom: string;
  unitActive: boolean;
};

export type EndCadreTerm = { type: 'EndCadreTerm'; cadreId: string; positionId: string; endedOn: string };

export type CadreCommand = (RegisterCadre | AppointCadre | TransferCadre | EndCadreTerm) & ServerToday;

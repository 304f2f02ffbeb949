import { assertNever, type Decider } from '@tn/shared-decider';
import { illegalStateAt, illegalStateError, validationError } from '../common/errors';
import { requirePlausibleDates } from '../calendar/date-window.rules';
import type { AppointCadre, CadreCommand, EndCadreTerm, RegisterCadre, TransferCadre } from './cadre.commands';
import type { CadreEvent } from './cadre.events';
import { evolveCadre, initialCadre } from './cadre.evolve';
import { requireContacts, requireInDateOrder, requireOpenPosition, requireRegistered, requireUnitActive } from './cadre.rules';
import type { CadreState } from './cadre.types';
import { requireIsoDate, requireText } from './person.rules';

function register(command: RegisterCadre, state: CadreState): CadreEvent[] {
  requireText(command.cadreId, 'CADRE.ID_REQUIRED', 'cadreId', 'a cadre id');
  if (state.registered) throw illegalStateError('CADRE.ALREADY_REGISTERED', `cadre ${command.cadreId} is already registered`);
  requireText(command.fullName, 'CADRE.NAME_REQUIRED', 'fullName', 'a full name');
  requireContacts(command.email, command.phone);
  requireIsoDate(command.registeredOn, 'registeredOn');
  requireText(command.registeringUnitId, 'CADRE.UNIT_REQUIRED', 'registeringUnitId', 'a unit');
  requireUnitActive(command.unitActive, command.registeringUnitId, command.registeredOn, 'registeringUnitId');
  const { cadreId, fullName, email, phone, registeredOn, registeringUnitId } = command;
  return [
    {
      type: 'CadreRegistered',
      data: { cadreId, fullName, ...(email === undefined ? {} : { email }), ...(phone === undefined ? {} : { phone }), registeredOn, registeringUnitId },
    },
  ];
}

function appoint(command: AppointCadre, state: CadreState): CadreEvent[] {
  requireRegistered(state, command.cadreId);
  requireText(command.positionId, 'CADRE.POSITION_ID_REQUIRED', 'positionId', 'a position id');
  requireText(command.unitId, 'CADRE.UNIT_REQUIRED', 'unitId', 'a unit');
  requireText(command.title, 'CADRE.TITLE_REQUIRED', 'title', 'a title');
  requireIsoDate(command.termStart, 'termStart');
  if (command.termEnd !== undefined) {
    requireIsoDate(command.termEnd, 'termEnd');
    if (command.termEnd < command.termStart) throw validationError('CADRE.TERM_DATES', 'termEnd', 'the term cannot end before it starts');
  }
  if (state.positions[command.positionId]) {
    throw illegalStateAt('CADRE.POSITION_EXISTS', 'positionId', `position ${command.positionId} already exists`);
  }
  requireUnitActive(command.unitActive, command.unitId, command.termStart, 'unitId');
  const { cadreId, positionId, unitId, title, dedicatedToVolunteerWork, termStart, termEnd } = command;
  const data = { cadreId, positionId, unitId, title, dedicatedToVolunteerWork: dedicatedToVolunteerWork === true, termStart };
  return [{ type: 'CadreAppointed', data: { ...data, ...(termEnd === undefined ? {} : { termEnd }) } }];
}

function transfer(command: TransferCadre, state: CadreState): CadreEvent[] {
  requireRegistered(state, command.cadreId);
  requireIsoDate(command.effectiveFrom, 'effectiveFrom');
  const position = requireOpenPosition(state, command.positionId);
  requireInDateOrder(position, command.positionId, command.effectiveFrom, 'effectiveFrom');
  requireText(command.toUnitId, 'CADRE.UNIT_REQUIRED', 'toUnitId', 'a unit');
  if (command.toUnitId === position.unitId) throw validationError('CADRE.SAME_UNIT', 'toUnitId', 'the position is already in that unit');
  requireUnitActive(command.unitActive, command.toUnitId, command.effectiveFrom, 'toUnitId');
  const { cadreId, positionId, toUnitId, effectiveFrom } = command;
  return [{ type: 'CadreTransferred', data: { cadreId, positionId, fromUnitId: position.unitId, toUnitId, effectiveFrom } }];
}

function endTerm(command: EndCadreTerm, state: CadreState): CadreEvent[] {
  requireRegistered(state, command.cadreId);
  requireIsoDate(command.endedOn, 'endedOn');
  const position = requireOpenPosition(state, command.positionId);
  if (command.endedOn < position.termStart) throw validationError('CADRE.TERM_DATES', 'endedOn', 'the term cannot end before it starts');
  requireInDateOrder(position, command.positionId, command.endedOn, 'endedOn');
  const { cadreId, positionId, endedOn } = command;
  return [{ type: 'CadreTermEnded', data: { cadreId, positionId, endedOn } }];
}

function decideCadre(command: CadreCommand, state: CadreState): CadreEvent[] {
  requirePlausibleDates(command);
  switch (command.type) {
    case 'RegisterCadre':
      return register(command, state);
    case 'AppointCadre':
      return appoint(command, state);
    case 'TransferCadre':
      return transfer(command, state);
    case 'EndCadreTerm':
      return endTerm(command, state);
    default:
      return assertNever(command);
  }
}

/** A cadre (one stream per person) and the positions they hold, in the Union and the Federation at once. */
export const cadreDecider: Decider<CadreCommand, CadreEvent, CadreState> = {
  initialState: initialCadre,
  decide: decideCadre,
  evolve: evolveCadre,
};

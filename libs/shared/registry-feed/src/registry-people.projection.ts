import { defineProjection } from '@tn/shared-event-bus';
import type { EventEnvelope } from '@tn/shared-event-contracts';

/** A volunteer's home unit from a date on (registration, then each move, in the order recorded). */
export interface HomeUnitSince {
  unitId: string;
  from: string;
}

export interface RegistryPersonRow {
  kind: 'volunteer' | 'cadre';
  personId: string;
  /** A volunteer's latest recorded home unit (rows written before `homeUnits` have only this). */
  homeUnitId?: string;
  /** A volunteer's home units with the dates they take effect: a move recorded for next month is not in effect yet. */
  homeUnits?: HomeUnitSince[];
  /** A cadre's open positions: position id → unit id. */
  positions?: Record<string, string>;
}

const PEOPLE_EVENT_TYPES = ['VolunteerRegistered', 'VolunteerHomeUnitChanged', 'CadreAppointed', 'CadreTransferred', 'CadreTermEnded'] as const;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
/**
 * The volunteer's home unit on a date: the latest move in effect by then (the gateway judges
 * the same way), or the first home unit when none is yet (a registration dated later).
 */
export function homeUnitOn(row: RegistryPersonRow, date: string): string | undefined {
  const homeUnits = homeUnitsOf(row);
  return homeUnits.filter((home) => home.from <= date).at(-1)?.unitId || homeUnits[0]?.unitId || undefined;
}

export const personRowIdOf = (kind: RegistryPersonRow['kind'], personId: string) => `${kind}:${personId}`;

const dataOf = (event: EventEnvelope) => event.data as Record<string, unknown>;

/** The row's home-unit history, an older row's single unit standing for all time. */
const homeUnitsOf = (row: RegistryPersonRow | null | undefined): HomeUnitSince[] =>
  row?.homeUnits ?? (row?.homeUnitId ? [{ unitId: row.homeUnitId, from: '' }] : []);

/**
 * What a service keeps of the registry's people, for its own authorisation, under its own name
 * and collection: a volunteer's home unit and a cadre's open positions, nothing personal (no
 * name, no birth date, no contact: those fields of the registry's events are never read here).
 * One document per person, fed by their own stream (`contiguous: false`: the projection handles
 * only some of the stream's event types, so it sees only some versions).
 */
export const registryPeopleProjectionOf = (name: string, collection: string) =>
  defineProjection<RegistryPersonRow>({
    name,
    collection,
    handles: PEOPLE_EVENT_TYPES,
    contiguous: false,
    documentId: (event) => {
      const data = dataOf(event);
      if (event.type.startsWith('Volunteer')) return text(data['volunteerId']) ? personRowIdOf('volunteer', text(data['volunteerId'])) : undefined;
      return text(data['cadreId']) ? personRowIdOf('cadre', text(data['cadreId'])) : undefined;
    },
    evolve: (row, event) => {
      const data = dataOf(event);
      switch (event.type) {
        case 'VolunteerRegistered': {
          const homeUnitId = text(data['homeUnitId']);
          return { kind: 'volunteer', personId: text(data['volunteerId']), homeUnitId, homeUnits: [{ unitId: homeUnitId, from: text(data['registeredOn']) }] };
        }
        case 'VolunteerHomeUnitChanged': {
          const homeUnitId = text(data['toUnitId']);
          const homeUnits = [...homeUnitsOf(row), { unitId: homeUnitId, from: text(data['effectiveFrom']) }];
          return { kind: 'volunteer', personId: text(data['volunteerId']), homeUnitId, homeUnits };
        }
        case 'CadreAppointed':
        case 'CadreTransferred': {
          const unitId = text(data[event.type === 'CadreAppointed' ? 'unitId' : 'toUnitId']);
          return { kind: 'cadre', personId: text(data['cadreId']), positions: { ...(row?.positions ?? {}), [text(data['positionId'])]: unitId } };
        }
        case 'CadreTermEnded': {
          const positions = { ...(row?.positions ?? {}) };
          delete positions[text(data['positionId'])];
          return { kind: 'cadre', personId: text(data['cadreId']), positions };
        }
        default:
          return row;
      }
    },
  });

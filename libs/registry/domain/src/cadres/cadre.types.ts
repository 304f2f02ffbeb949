/** One position a cadre holds or held (a person may hold several at once, in the Union and the Federation). */
export interface CadrePosition {
  unitId: string;
  title: string;
  /** Dedicated volunteer-work cadres are the K4 population (domain.md §1). */
  dedicatedToVolunteerWork: boolean;
  termStart: string;
  /** The planned end of the term, if known. */
  termEnd?: string;
  /** When the term actually ended; set once, after which the position takes no changes. */
  endedOn?: string;
  /** Date of the latest change: changes to a position are recorded in date order. */
  lastChange: string;
}

/** A cadre's stream holds no personal data in its state: names and contacts live in events and read models. */
export interface CadreState {
  registered: boolean;
  /** Who registered the cadre (owner until the first appointment); absent for cadres registered before it was recorded. */
  registeringUnitId?: string;
  positions: Readonly<Record<string, CadrePosition>>;
}

/** Positions not ended, with their ids (in appointment order). */
export const openPositions = (state: CadreState): (CadrePosition & { positionId: string })[] =>
  Object.entries(state.positions)
    .filter(([, position]) => position.endedOn === undefined)
    .map(([positionId, position]) => ({ positionId, ...position }));

/** Whether any open position is dedicated to volunteer work (counts towards K4's denominator). */
export const isDedicatedCadre = (state: CadreState): boolean => openPositions(state).some((position) => position.dedicatedToVolunteerWork);

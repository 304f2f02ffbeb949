/**
 * An aggregate as a decider: pure functions, no framework, clock or I/O.
 * Time, ids and the acting user arrive inside the command, so a decision can be replayed
 * on fresh state after a version conflict.
 */
export interface Decider<Command, Event, State> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
  /**
   * Optional: the same state as folding `evolve` over the events, for a state too dear to copy
   * once per event (the national hierarchy: one copy per batch instead of one per event).
   */
  evolveAll?(state: State, events: readonly Event[]): State;
}

/** The state after the events: the decider's `evolveAll` when it has one, else `evolve` one by one. */
export function evolveAll<Event, State>(decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'evolveAll'>, state: State, events: readonly Event[]): State {
  return decider.evolveAll ? decider.evolveAll(state, events) : events.reduce((current, event) => decider.evolve(current, event), state);
}

/** Fold a stream's events into its current state. */
export function fold<Event, State>(decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'evolveAll' | 'initialState'>, events: readonly Event[]): State {
  return evolveAll(decider, decider.initialState(), events);
}

/** Compile-time exhaustiveness check for the last branch of a `switch` on a type tag. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}

/**
 * An aggregate as a decider: pure functions, no framework, clock or I/O.
 * Time, ids and the acting user arrive inside the command, so a decision can be replayed
 * on fresh state after a version conflict.
 */
export interface Decider<Command, Event, State> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

/** Fold a stream's events into its current state. */
export function fold<Event, State>(decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState'>, events: readonly Event[]): State {
  return events.reduce((state, event) => decider.evolve(state, event), decider.initialState());
}

/** Compile-time exhaustiveness check for the last branch of a `switch` on a type tag. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}

import { assertNever, type Decider, fold } from './decider';
import { illegalStateError, validationError } from './domain-error';
import { given } from './given-when-then';

// A deliberately tiny decider used only to exercise the kit.
type Command = { type: 'OpenTally'; at: string } | { type: 'Count'; by: number };
type Event = { type: 'TallyOpened'; at: string } | { type: 'TallyCounted'; by: number };
type State = { status: 'none' } | { status: 'open'; total: number };

const tally: Decider<Command, Event, State> = {
  initialState: () => ({ status: 'none' }),
  decide(command, state) {
    switch (command.type) {
      case 'OpenTally':
        if (state.status === 'open') throw illegalStateError('TALLY.ALREADY_OPEN', 'already open');
        return [{ type: 'TallyOpened', at: command.at }];
      case 'Count':
        if (state.status !== 'open') throw illegalStateError('TALLY.NOT_OPEN', 'not open');
        if (command.by <= 0) throw validationError('TALLY.NOT_POSITIVE', 'by', 'must be positive');
        return [{ type: 'TallyCounted', by: command.by }];
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'TallyOpened':
        return { status: 'open', total: 0 };
      case 'TallyCounted':
        return state.status === 'open' ? { ...state, total: state.total + event.by } : state;
      default:
        return assertNever(event);
    }
  },
};

const opened: Event = { type: 'TallyOpened', at: '2025-07-01' };

describe('decider kit', () => {
  it('folds history into state', () => {
    expect(fold(tally, [opened, { type: 'TallyCounted', by: 2 }, { type: 'TallyCounted', by: 3 }])).toEqual({
      status: 'open',
      total: 5,
    });
  });

  it('given/when/then passes when the decision matches', () => {
    given(tally, [opened])
      .when({ type: 'Count', by: 1 })
      .then([{ type: 'TallyCounted', by: 1 }]);
  });

  it('given/when/then fails when the decision differs', () => {
    expect(() =>
      given(tally, [opened])
        .when({ type: 'Count', by: 1 })
        .then([{ type: 'TallyCounted', by: 2 }]),
    ).toThrow(/decision differs/);
  });

  it('thenFails returns the typed error with its code and field', () => {
    const error = given(tally, [opened]).when({ type: 'Count', by: 0 }).thenFails('TALLY.NOT_POSITIVE');
    expect(error.kind).toBe('validation');
    expect(error.field).toBe('by');
  });

  it('thenFails rejects a decision that failed with another code', () => {
    expect(() => given(tally).when({ type: 'Count', by: 1 }).thenFails('TALLY.ALREADY_OPEN')).toThrow(
      /expected failure TALLY.ALREADY_OPEN, got TALLY.NOT_OPEN/,
    );
  });

  it('thenFails rejects a decision that succeeded', () => {
    expect(() => given(tally).when({ type: 'OpenTally', at: 'x' }).thenFails('TALLY.ALREADY_OPEN')).toThrow(/but the decision produced/);
  });
});

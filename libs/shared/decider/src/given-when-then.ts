import { isDeepStrictEqual } from 'node:util';
import { type Decider, fold } from './decider';
import { DomainError } from './domain-error';

/**
 * Given/when/then for deciders, with no infrastructure:
 *
 *     given(decider, [opened]).when(close).then([closed]);
 *     given(decider, [closed]).when(close).thenFails('ACCOUNT.ALREADY_CLOSED');
 */
/**
 * A check every event decided in a `then` must pass, for example against its message schema. A
 * context's domain tests install it once (a Jest setup file), so each aggregate's spec checks
 * its events against their contracts without saying so. Test-only state, one per test file.
 */
let checkDecided: (event: unknown) => void = () => undefined;
export const checkDecisionsWith = (check: (event: unknown) => void): void => {
  checkDecided = check;
};

export function given<C, E, S>(decider: Decider<C, E, S>, history: readonly E[] = []) {
  return {
    when(command: C) {
      const run = () => decider.decide(command, fold(decider, history));
      return {
        then(expected: readonly E[]): E[] {
          const events = run();
          expectEqual(events, expected);
          events.forEach(checkDecided);
          return events;
        },
        thenFails(code: string): DomainError {
          try {
            const events = run();
            throw new Error(`expected failure ${code}, but the decision produced ${JSON.stringify(events)}`);
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
            if (error.code !== code) throw new Error(`expected failure ${code}, got ${error.code}: ${error.message}`);
            return error;
          }
        },
      };
    },
  };
}

function expectEqual(actual: unknown, expected: unknown): void {
  if (!isDeepStrictEqual(actual, expected)) {
    throw new Error(`decision differs from expectation\n  expected: ${JSON.stringify(expected)}\n  actual:   ${JSON.stringify(actual)}`);
  }
}

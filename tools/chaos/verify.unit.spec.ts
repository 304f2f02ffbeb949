import type { KeyRecord } from '../load';
import type { Outcome } from '../load/outcome';
import { verdict } from './report';
import { judge } from './verify';

const record = (seq: number, kind: 'unit' | 'activity', ...outcomes: Outcome[]): KeyRecord => ({
  seq,
  spec: { kind, key: `k-${seq}`, query: '' },
  attempts: outcomes.map((outcome) => ({ sentAt: 0, doneAt: 1, outcome })),
});
const ok: Outcome = { kind: 'ok' };
const unknown: Outcome = { kind: 'unknown', code: 'COMMAND.OUTCOME_UNKNOWN' };
const refused: Outcome = { kind: 'refused', code: 'UNIT.PARENT_NOT_ACTIVE' };

describe('judge (a round’s records against what GraphQL shows)', () => {
  it('passes acknowledged writes seen once and refused ones not seen', () => {
    const check = judge([record(0, 'unit', ok), record(1, 'activity', unknown, ok), record(2, 'unit', refused)], {
      unit: new Map([[0, 1]]),
      activity: new Map([[1, 1]]),
    });
    expect(check).toMatchObject({ sent: 3, ok: 1, unknown: 1, refused: 1, retriedToOk: 1, lost: 0, doubled: 0, phantom: 0, unsettled: 0 });
    expect(check.codes).toEqual({ 'COMMAND.OUTCOME_UNKNOWN': 1, 'UNIT.PARENT_NOT_ACTIVE': 1 });
  });

  it('counts an acknowledged write not seen as lost, one seen twice as doubled, a refused one seen as phantom', () => {
    const check = judge([record(0, 'unit', ok), record(1, 'activity', unknown, ok), record(2, 'unit', refused), record(3, 'activity', unknown)], {
      unit: new Map([[2, 1]]),
      activity: new Map([
        [1, 2],
        [3, 1],
      ]),
    });
    expect(check).toMatchObject({ lost: 1, doubled: 1, phantom: 1, unsettled: 1 });
  });

  it('does not mix kinds: the same number seen for the other kind does not count', () => {
    expect(judge([record(4, 'unit', ok)], { unit: new Map(), activity: new Map([[4, 1]]) }).lost).toBe(1);
  });
});

describe('verdict (what fails a run)', () => {
  const clean = judge([record(0, 'unit', ok)], { unit: new Map([[0, 1]]), activity: new Map() });
  const result = (check: typeof clean, recoveryMs = 5_000) => ({ target: 'store', round: 1, check, recoveryMs, notes: [] });

  it('passes a clean round and fails a slow recovery', () => {
    expect(verdict([result(clean)], 30_000)).toEqual([]);
    expect(verdict([result(clean, 31_000)], 30_000)).toEqual(['store r1: recovery 31.0 s (limit 30 s)']);
  });

  it('fails a round answered INTERNAL, even when the retry settled it', () => {
    const internal = judge([record(0, 'unit', { kind: 'unknown', code: 'INTERNAL' }, ok)], { unit: new Map([[0, 1]]), activity: new Map() });
    expect(verdict([result(internal)], 30_000)).toEqual(['store r1: 1 answers INTERNAL instead of a retryable code']);
  });
});

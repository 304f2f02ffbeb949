import { assertNever, type Decider, illegalStateError, notFoundError } from '@tn/shared-decider';
import { requireIsoDate, requireText } from '../common/rules';
import type { ResultsCommand, WithdrawActivityOutput, WithdrawResourceMobilised } from './results.commands';
import type { ResultsEvent } from './results.events';
import { evolveResults, initialResults } from './results.evolve';
import { requireOutput, requireResource } from './results.rules';
import type { ResultsState } from './results.types';

/** Records are compared as written: the same builder makes both, so their keys come in the same order. */
const sameRecord = (a: object, b: object): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * A client id makes recording idempotent: the same record again records nothing, another record
 * under a used id is refused (`<PREFIX>.ALREADY_RECORDED`), so a retry never counts twice.
 */
function once<T extends object>(existing: { record: T } | undefined, record: T, code: string, id: string): boolean {
  if (!existing) return true;
  if (sameRecord(existing.record, record)) return false;
  throw illegalStateError(code, `${id} is already recorded with other content`, { id });
}

function withdrawal(command: WithdrawActivityOutput | WithdrawResourceMobilised, existing: { withdrawn: boolean } | undefined, prefix: string, id: string): boolean {
  if (!existing) throw notFoundError(`${prefix}.NOT_FOUND`, `${id} is not recorded on activity ${command.activityId}`, { id });
  requireText(command.reason, `${prefix}.WITHDRAW_REASON_REQUIRED`, 'reason', 'a reason for withdrawing');
  requireIsoDate(command.withdrawnOn, 'withdrawnOn');
  return !existing.withdrawn;
}

function decideResults(command: ResultsCommand, state: ResultsState): ResultsEvent[] {
  switch (command.type) {
    case 'RecordActivityOutput': {
      const output = requireOutput(command);
      return once(state.outputs[output.outputId], output, 'OUTPUT.ALREADY_RECORDED', output.outputId) ? [{ type: 'ActivityOutputRecorded', data: output }] : [];
    }
    case 'WithdrawActivityOutput': {
      const { activityId, outputId, reason, withdrawnOn } = command;
      return withdrawal(command, state.outputs[outputId], 'OUTPUT', outputId) ? [{ type: 'ActivityOutputWithdrawn', data: { activityId, outputId, reason, withdrawnOn } }] : [];
    }
    case 'RecordResourceMobilised': {
      const resource = requireResource(command);
      return once(state.resources[resource.resourceId], resource, 'RESOURCE.ALREADY_RECORDED', resource.resourceId) ? [{ type: 'ResourceMobilised', data: resource }] : [];
    }
    case 'WithdrawResourceMobilised': {
      const { activityId, resourceId, reason, withdrawnOn } = command;
      return withdrawal(command, state.resources[resourceId], 'RESOURCE', resourceId)
        ? [{ type: 'ResourceMobilisationWithdrawn', data: { activityId, resourceId, reason, withdrawnOn } }]
        : [];
    }
    default:
      return assertNever(command);
  }
}

/** What an activity produced (youth works and tasks) and mobilised (cash and goods): one stream per activity. */
export const resultsDecider: Decider<ResultsCommand, ResultsEvent, ResultsState> = {
  initialState: initialResults,
  decide: decideResults,
  evolve: evolveResults,
};

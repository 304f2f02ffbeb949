import type { CampaignsErrorCode } from '@tn/campaigns-contracts';
import { assertNever, type Decider } from '@tn/shared-decider';
import { illegalStateError, notFoundError } from '../common/errors';
import { requireIsoDate, requireText } from '../common/rules';
import { ownEntry } from './own-entry';
import type { ResultsCommand, WithdrawActivityOutput, WithdrawResourceMobilised } from './results.commands';
import type { ResultsEvent } from './results.events';
import { evolveResults, initialResults } from './results.evolve';
import { outputRecordOf, requireOutput, requireResource, resourceRecordOf } from './results.rules';
import type { ResultsState } from './results.types';
import { sameContent } from './same-content';

/**
 * A client id makes recording idempotent, so a retry never counts twice. The same record again
 * records nothing, checked before anything looked up: a retry after the activity was cancelled or a
 * measure retired must not fail. Another record under a used id is refused once the command passed
 * its checks (`<PREFIX>.ALREADY_RECORDED`). Returns the record when it is new.
 */
function once<T>(existing: { record: T } | undefined, asWritten: T, check: () => T, code: CampaignsErrorCode, id: string): T | undefined {
  if (existing && sameContent(existing.record, asWritten)) return undefined;
  const record = check();
  if (existing) throw illegalStateError(code, `${id} is already recorded with other content`, { id });
  return record;
}

function withdrawal(
  command: WithdrawActivityOutput | WithdrawResourceMobilised,
  existing: { withdrawn: boolean } | undefined,
  prefix: 'OUTPUT' | 'RESOURCE',
  id: string,
): boolean {
  if (!existing) throw notFoundError(`${prefix}.NOT_FOUND`, `${id} is not recorded on activity ${command.activityId}`, { id });
  requireText(command.reason, `${prefix}.WITHDRAW_REASON_REQUIRED`, 'reason', 'a reason for withdrawing');
  requireIsoDate(command.withdrawnOn, 'withdrawnOn');
  return !existing.withdrawn;
}

function decideResults(command: ResultsCommand, state: ResultsState): ResultsEvent[] {
  switch (command.type) {
    case 'RecordActivityOutput': {
      const output = once(
        ownEntry(state.outputs, command.outputId),
        outputRecordOf(command),
        () => requireOutput(command),
        'OUTPUT.ALREADY_RECORDED',
        command.outputId,
      );
      return output ? [{ type: 'ActivityOutputRecorded', data: output }] : [];
    }
    case 'WithdrawActivityOutput': {
      const { activityId, outputId, reason, withdrawnOn } = command;
      return withdrawal(command, ownEntry(state.outputs, outputId), 'OUTPUT', outputId)
        ? [{ type: 'ActivityOutputWithdrawn', data: { activityId, outputId, reason, withdrawnOn } }]
        : [];
    }
    case 'RecordResourceMobilised': {
      const resource = once(
        ownEntry(state.resources, command.resourceId),
        resourceRecordOf(command),
        () => requireResource(command),
        'RESOURCE.ALREADY_RECORDED',
        command.resourceId,
      );
      return resource ? [{ type: 'ResourceMobilised', data: resource }] : [];
    }
    case 'WithdrawResourceMobilised': {
      const { activityId, resourceId, reason, withdrawnOn } = command;
      return withdrawal(command, ownEntry(state.resources, resourceId), 'RESOURCE', resourceId)
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

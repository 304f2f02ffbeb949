import { RecordGroupActivity } from '@tn/network-contracts';
import { checkMessage, type EventEnvelope } from '@tn/shared-event-contracts';
import type { CampaignActivityCopy } from '@tn/network-contracts';
import { groupActivityCommandId, groupActivityCommandsOf } from './group-activity';
import { activityCopyAt, groupActivityReaction } from './group-activity-reaction';

const recorded = (streamVersion: number, groupIds: string[]) => ({
  type: 'ActivityParticipantsRecorded',
  streamVersion,
  data: { activityId: 'a-1', groupIds, partnerIds: [], recordedBy: 'cadre-7', recordedOn: '2026-07-01' },
});
const completed = (streamVersion: number) => ({
  type: 'ActivityCompleted',
  streamVersion,
  data: { activityId: 'a-1', completedAt: '2026-07-03T17:00:00+07:00' },
});
const copy = (overrides: Partial<CampaignActivityCopy> = {}): CampaignActivityCopy => ({
  activityId: 'a-1',
  unitId: 'ta-van',
  status: 'completed',
  version: 6,
  groupIds: ['clb-1', 'doi-2'],
  participantsVersion: 4,
  completedOn: '2026-07-03',
  completedVersion: 6,
  ...overrides,
});
const command = (groupId: string, on = '2026-07-03') => ({
  commandId: groupActivityCommandId(groupId, 'a-1'),
  type: 'RecordGroupActivity',
  payload: { groupId, activityId: 'a-1', on },
});

describe('groups that took part in a campaigns activity', () => {
  it('records, at completion, the groups named before it, on the day of completion', () => {
    expect(groupActivityCommandsOf(completed(6), copy())).toEqual([command('clb-1'), command('doi-2')]);
  });

  it('waits for completion: participants recorded before it give nothing of their own, even read against a later copy', () => {
    expect(
      groupActivityCommandsOf(recorded(4, ['clb-1', 'doi-2']), copy({ status: 'in-progress', completedOn: undefined, completedVersion: undefined })),
    ).toEqual([]);
    // Replaced before completion: the first list never took part.
    expect(groupActivityCommandsOf(recorded(3, ['nhom-cu']), copy())).toEqual([]);
  });

  it('records the groups of a correction made after completion, and leaves the completion to that correction', () => {
    const corrected = copy({ groupIds: ['doi-2', 'clb-3'], participantsVersion: 8, version: 8 });
    expect(groupActivityCommandsOf(recorded(8, ['doi-2', 'clb-3', 'doi-2']), corrected)).toEqual([command('doi-2'), command('clb-3')]);
    expect(groupActivityCommandsOf(completed(6), corrected)).toEqual([]);
  });

  it('gives nothing for an activity completed with no group, nor for other events', () => {
    expect(groupActivityCommandsOf(completed(6), copy({ groupIds: [] }))).toEqual([]);
    expect(groupActivityCommandsOf({ type: 'ActivityEvaluated', streamVersion: 7, data: { activityId: 'a-1' } }, copy())).toEqual([]);
  });

  it("gives payloads the network's RecordGroupActivity schema accepts", () => {
    for (const { payload } of groupActivityCommandsOf(completed(6), copy())) expect(checkMessage(RecordGroupActivity, payload)).toEqual([]);
  });

  it('derives one command id per group and activity, whatever event gives it', () => {
    expect(groupActivityCommandId('clb-1', 'a-1')).toBe(groupActivityCommandId('clb-1', 'a-1'));
    expect(groupActivityCommandId('clb-1', 'a-1')).not.toBe(groupActivityCommandId('clb-1', 'a-2'));
    expect(groupActivityCommandId('clb-1', 'a-1')).toMatch(/^group-activity-[0-9a-f]{64}$/);
  });
});

describe('the group-activity reactor', () => {
  it('reads the copy once it holds the event, waiting while it is behind', async () => {
    let reads = 0;
    const copyOf = async () => (++reads < 3 ? copy({ version: 5, completedOn: undefined, completedVersion: undefined }) : copy());
    expect(await activityCopyAt(copyOf, 'a-1', 6, { waitMs: 1000, pollMs: 1 })).toEqual(copy());
    expect(reads).toBe(3);
  });

  it('throws while the copy stays behind (the event is handed over again later)', async () => {
    await expect(activityCopyAt(async () => undefined, 'a-1', 1, { waitMs: 5, pollMs: 1 })).rejects.toThrow('has not reached version 1');
  });

  it('answers the commands of the event against the copy', async () => {
    const reaction = groupActivityReaction({ topic: 'campaigns.events', groupId: 'network-group-activity-v1', copyOf: async () => copy() });
    expect(await reaction.react(completed(6) as unknown as EventEnvelope)).toEqual([command('clb-1'), command('doi-2')]);
    expect(await reaction.react({ type: 'ActivityPlanned', streamVersion: 2, data: { activityId: 'a-1' } } as unknown as EventEnvelope)).toEqual([]);
  });
});

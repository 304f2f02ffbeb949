import { fold } from '@tn/shared-decider';
import type { GroupCommand } from './group.commands';
import { groupDecider } from './group.decide';
import type { GroupEvent } from './group.events';
import type { GroupState } from './group.types';

// Commands and histories the group specs share: a commune club registered by its commune, and a
// team its leader registered, proposing the same commune.

export const TODAY = '2026-03-10';
export const MANAGER = 'acc-manager';
export const LEADER_ACCOUNT = 'acc-leader';
const acted = { today: TODAY, actorId: MANAGER };

type Named<T extends GroupCommand['type']> = Extract<GroupCommand, { type: T }>;
type Change<T extends GroupCommand['type']> = Partial<Omit<Named<T>, 'type'>>;

const profile = {
  groupId: 'g-1',
  name: 'CLB Tình nguyện xanh Tả Van',
  fields: ['environment-climate-change' as const, 'new-rural-construction' as const],
  areaUnitIds: ['xa-ta-van'],
  size: 25,
  leaderPersonIds: ['p-leader', 'p-deputy'],
};

export const registerGroup = (change: Change<'RegisterGroup'> = {}): Named<'RegisterGroup'> => ({
  type: 'RegisterGroup',
  ...profile,
  kind: 'club',
  origin: 'union-founded',
  hostUnitId: 'xa-ta-van',
  unknownUnitIds: [],
  ...acted,
  ...change,
});

export const selfRegisterGroup = (change: Change<'SelfRegisterGroup'> = {}): Named<'SelfRegisterGroup'> => ({
  type: 'SelfRegisterGroup',
  ...profile,
  groupId: 'g-2',
  name: 'Đội hình xung kích bản Lếch',
  kind: 'team',
  origin: 'self-formed',
  proposedHostUnitId: 'xa-ta-van',
  leaderPersonId: 'p-leader',
  unknownUnitIds: [],
  today: TODAY,
  actorId: LEADER_ACCOUNT,
  ...change,
});

export const verifyGroup = (change: Change<'VerifyGroup'> = {}): Named<'VerifyGroup'> => ({
  type: 'VerifyGroup',
  groupId: 'g-2',
  currentHostUnitId: 'xa-ta-van',
  ...acted,
  ...change,
});

export const declineGroup = (change: Change<'DeclineGroupVerification'> = {}): Named<'DeclineGroupVerification'> => ({
  type: 'DeclineGroupVerification',
  groupId: 'g-2',
  reason: 'Nhóm chưa có hoạt động tại xã',
  ...acted,
  ...change,
});

export const reviseGroup = (change: Change<'ReviseGroupProfile'> = {}): Named<'ReviseGroupProfile'> => ({
  type: 'ReviseGroupProfile',
  ...profile,
  unknownUnitIds: [],
  ...acted,
  ...change,
});

export const moveGroup = (change: Change<'MoveGroupHost'> = {}): Named<'MoveGroupHost'> => ({
  type: 'MoveGroupHost',
  groupId: 'g-1',
  newHostUnitId: 'xa-sa-pa',
  from: '2026-03-01',
  unknownUnitIds: [],
  ...acted,
  ...change,
});

export const SYSTEM = { today: TODAY, actorId: 'network-reactor' };

export const carryGroup = (change: Change<'CarryGroupAffiliation'> = {}): Named<'CarryGroupAffiliation'> => ({
  type: 'CarryGroupAffiliation',
  groupId: 'g-1',
  fromUnitId: 'xa-ta-van',
  successorUnitId: 'xa-sa-pa-moi',
  effectiveFrom: '2026-07-01',
  ...SYSTEM,
  ...change,
});

export const declareStatus = (change: Change<'DeclareGroupStatus'> = {}): Named<'DeclareGroupStatus'> => ({
  type: 'DeclareGroupStatus',
  groupId: 'g-1',
  status: 'dormant',
  reason: 'Thành viên đi học xa',
  ...acted,
  ...change,
});

export const recordActivity = (change: Change<'RecordGroupActivity'> = {}): Named<'RecordGroupActivity'> => ({
  type: 'RecordGroupActivity',
  groupId: 'g-1',
  activityId: 'act-1',
  on: '2026-03-08',
  ...SYSTEM,
  ...change,
});

export const bookDates = (change: Change<'BookGroupDates'> = {}): Named<'BookGroupDates'> => ({
  type: 'BookGroupDates',
  groupId: 'g-1',
  needId: 'need-1',
  matchId: 'match-1',
  from: '2026-07-10',
  to: '2026-07-20',
  ...SYSTEM,
  ...change,
});

export const releaseDates = (change: Change<'ReleaseGroupDates'> = {}): Named<'ReleaseGroupDates'> => ({
  type: 'ReleaseGroupDates',
  groupId: 'g-1',
  needId: 'need-1',
  matchId: 'match-1',
  reason: 'need-cancelled',
  ...SYSTEM,
  ...change,
});

/** Runs commands in turn on one stream, returning every event it would hold. */
export const run = (commands: readonly GroupCommand[], history: readonly GroupEvent[] = []): GroupEvent[] =>
  commands.reduce<GroupEvent[]>((events, command) => [...events, ...groupDecider.decide(command, fold(groupDecider, events))], [...history]);

export const stateAfter = (events: readonly GroupEvent[]): GroupState => fold(groupDecider, events);

/** g-1, registered by the commune on 2026-01-05. */
export const registered: GroupEvent[] = run([registerGroup({ today: '2026-01-05' })]);
/** g-2, registered by its leader on 2026-02-01, pending. */
export const selfRegistered: GroupEvent[] = run([selfRegisterGroup({ today: '2026-02-01' })]);

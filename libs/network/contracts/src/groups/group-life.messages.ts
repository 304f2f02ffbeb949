import { commandType, eventType, IsIsoDate, IsNonEmptyText } from '@tn/shared-event-contracts';
import { IsIn, IsString } from 'class-validator';
import { bySystemOn, onGroup, onGroupStream } from './group-rights';
import { GROUP_DECLARED_STATUSES, type GroupDeclaredStatus } from './group-vocabulary';

/**
 * Whether a verified group still lives: activities it took part in (recorded by the service's
 * reactor from the campaigns' events) and what its host declares. A group with no sign of life
 * for twelve months reads as dormant (`groupStatusOn`); a dissolution is final.
 */

// ---- commands ------------------------------------------------------------------------------

/** By a manager of the host: recorded by them today. */
export class DeclareGroupStatus {
  @IsString() groupId!: string;
  @IsString() status!: GroupDeclaredStatus;
  @IsString() reason!: string;
}

/** The group took part in a campaigns activity on `on`; the same activity again records nothing. */
export class RecordGroupActivity {
  @IsString() groupId!: string;
  @IsString() activityId!: string;
  @IsString() on!: string;
}

export const groupLifeCommandTypes = [
  commandType('DeclareGroupStatus', DeclareGroupStatus, { streamId: onGroupStream, rights: (p) => onGroup(p.groupId) }),
  commandType('RecordGroupActivity', RecordGroupActivity, { streamId: onGroupStream, rights: (p) => bySystemOn(p.groupId) }),
] as const;

// ---- events --------------------------------------------------------------------------------

export class GroupStatusDeclared {
  @IsNonEmptyText() groupId!: string;
  @IsIn(GROUP_DECLARED_STATUSES) status!: GroupDeclaredStatus;
  @IsNonEmptyText() reason!: string;
  @IsNonEmptyText() declaredBy!: string;
  @IsIsoDate() declaredOn!: string;
}
export class GroupActivityRecorded {
  @IsNonEmptyText() groupId!: string;
  @IsNonEmptyText() activityId!: string;
  @IsIsoDate() on!: string;
}

export const groupLifeEventTypes = [eventType('GroupStatusDeclared', GroupStatusDeclared), eventType('GroupActivityRecorded', GroupActivityRecorded)] as const;

import { assertNever, type Decider } from '@tn/shared-decider';
import { carry, move } from './group.affiliation';
import { book, release } from './group.booking';
import type { GroupCommand } from './group.commands';
import type { GroupEvent } from './group.events';
import { evolveGroup, initialGroup } from './group.evolve';
import { declareStatus, recordActivity } from './group.life';
import { decline, register, revise, selfRegister, verify } from './group.registration';
import type { GroupState } from './group.types';

function decideGroup(command: GroupCommand, state: GroupState): GroupEvent[] {
  switch (command.type) {
    case 'RegisterGroup':
      return register(command, state);
    case 'SelfRegisterGroup':
      return selfRegister(command, state);
    case 'VerifyGroup':
      return verify(command, state);
    case 'DeclineGroupVerification':
      return decline(command, state);
    case 'ReviseGroupProfile':
      return revise(command, state);
    case 'MoveGroupHost':
      return move(command, state);
    case 'CarryGroupAffiliation':
      return carry(command, state);
    case 'DeclareGroupStatus':
      return declareStatus(command, state);
    case 'RecordGroupActivity':
      return recordActivity(command, state);
    case 'BookGroupDates':
      return book(command, state);
    case 'ReleaseGroupDates':
      return release(command, state);
    default:
      return assertNever(command);
  }
}

/**
 * A volunteer group (one stream each): its registration and verification, its profile, its
 * hosts over time, its declared status and activities, and the dates booked for need matches.
 */
export const groupDecider: Decider<GroupCommand, GroupEvent, GroupState> = {
  initialState: initialGroup,
  decide: decideGroup,
  evolve: evolveGroup,
};

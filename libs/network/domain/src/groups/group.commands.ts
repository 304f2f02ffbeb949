import type { groupCommandTypes } from '@tn/network-contracts';
import type { CommandNamed, CommandsOf } from '@tn/shared-event-contracts';

/** What the route adds to every command: the server's Vietnam date and the acting user (a reactor's system actor for system commands). */
type Acting = { today: string; actorId: string };
/**
 * The units a command names (hosts, proposed and new hosts, area units) that the service's copy
 * of the registry's hierarchy does not know on the day they count from (today; a move's `from`
 * too): the route looks them up, the decider refuses them with a code saying which kind of unit.
 */
type UnitFacts = { unknownUnitIds: readonly string[] };
/**
 * The proposed host as it is today: itself while active, else the first active unit of its
 * lineage (its successor once merged away); absent when the hierarchy copy knows none.
 */
type HostFacts = { currentHostUnitId?: string };

/**
 * The group's commands: each payload (its one schema is in the contracts) with its type, plus
 * what the route adds or looks up before deciding.
 */
export type GroupCommand = CommandsOf<
  typeof groupCommandTypes,
  {
    RegisterGroup: Acting & UnitFacts;
    SelfRegisterGroup: Acting & UnitFacts;
    VerifyGroup: Acting & HostFacts;
    DeclineGroupVerification: Acting;
    ReviseGroupProfile: Acting & UnitFacts;
    MoveGroupHost: Acting & UnitFacts;
    CarryGroupAffiliation: Acting;
    DeclareGroupStatus: Acting;
    RecordGroupActivity: Acting;
    BookGroupDates: Acting;
    ReleaseGroupDates: Acting;
  }
>;

export type RegisterGroupCommand = CommandNamed<GroupCommand, 'RegisterGroup'>;
export type SelfRegisterGroupCommand = CommandNamed<GroupCommand, 'SelfRegisterGroup'>;
export type VerifyGroupCommand = CommandNamed<GroupCommand, 'VerifyGroup'>;
export type DeclineGroupVerificationCommand = CommandNamed<GroupCommand, 'DeclineGroupVerification'>;
export type ReviseGroupProfileCommand = CommandNamed<GroupCommand, 'ReviseGroupProfile'>;
export type MoveGroupHostCommand = CommandNamed<GroupCommand, 'MoveGroupHost'>;
export type CarryGroupAffiliationCommand = CommandNamed<GroupCommand, 'CarryGroupAffiliation'>;
export type DeclareGroupStatusCommand = CommandNamed<GroupCommand, 'DeclareGroupStatus'>;
export type RecordGroupActivityCommand = CommandNamed<GroupCommand, 'RecordGroupActivity'>;
export type BookGroupDatesCommand = CommandNamed<GroupCommand, 'BookGroupDates'>;
export type ReleaseGroupDatesCommand = CommandNamed<GroupCommand, 'ReleaseGroupDates'>;

import {
  ACTIVITY_STREAM_TYPE,
  type ActivityCommand,
  activityDecider,
  activityStreamId,
  type AreaFlags,
  type CampaignDomain,
  type Formation,
  type Initiator,
  type Specialisation,
} from '@tn/campaigns-domain';
import type { CommandEnvelope } from '@tn/shared-event-contracts';
import { type CommandRoute, commandRoute, object, optional, optionalNumber, optionalString, type Payload, requiredBoolean, requiredNumber, requiredString, stringList } from '@tn/shared-event-sourcing-nest';
import type { CampaignLookups } from './lookups';
import type { Mapper } from './route-mapper';

const FLAG_NAMES: readonly (keyof AreaFlags)[] = ['ethnicMinority', 'mountainous', 'border', 'island'];

/**
 * The activity's profile. The location's area flags are facts about the place; the caller (the
 * gateway, from its unit read models) supplies them until this service projects the registry's units.
 */
function profileOf(p: Payload) {
  const profile = object(p, 'profile');
  const location = object(profile, 'location', 'profile.');
  const flags = object(location, 'flags', 'profile.location.');
  return {
    name: requiredString(profile, 'name', 'profile.'),
    ...optional('campaignId', optionalString(profile, 'campaignId', 'profile.')),
    organiserUnitId: requiredString(profile, 'organiserUnitId', 'profile.'),
    domains: stringList(profile, 'domains', 'profile.') as CampaignDomain[],
    location: {
      unitId: requiredString(location, 'unitId', 'profile.location.'),
      ...optional('areaCode', optionalString(location, 'areaCode', 'profile.location.')),
      ...optional('site', optionalString(location, 'site', 'profile.location.')),
      flags: Object.fromEntries(FLAG_NAMES.map((flag) => [flag, requiredBoolean(flags, flag, 'profile.location.flags.')])) as unknown as AreaFlags,
    },
    responsibleCadreId: requiredString(profile, 'responsibleCadreId', 'profile.'),
    initiator: requiredString(profile, 'initiator', 'profile.') as Initiator,
    ...optional('coordinationModelId', optionalString(profile, 'coordinationModelId', 'profile.')),
  };
}

/** A formation (đội hình): head counts of the three forces, never names; a specialised team names its profession. */
function formationOf(p: Payload): Formation {
  const formation = object(p, 'formation');
  const composition = object(formation, 'composition', 'formation.');
  const count = (force: keyof Formation['composition']) => requiredNumber(composition, force, 'formation.composition.');
  return {
    formationId: requiredString(formation, 'formationId', 'formation.'),
    name: requiredString(formation, 'name', 'formation.'),
    composition: { armedForcesYouth: count('armedForcesYouth'), localYouth: count('localYouth'), pupilsStudents: count('pupilsStudents') },
    ...optional('specialisation', optionalString(formation, 'specialisation', 'formation.') as Specialisation | undefined),
  };
}

/** Payload → decider command for each activity command type. */
export const toActivityCommand = (lookups: CampaignLookups): Record<ActivityCommand['type'], Mapper<ActivityCommand>> => ({
  // An activity in a campaign needs the campaign open: read from the campaign's stream.
  ProposeActivity: async (p) => {
    const command = { type: 'ProposeActivity' as const, activityId: requiredString(p, 'activityId'), profile: profileOf(p), proposedOn: requiredString(p, 'proposedOn') };
    if (command.profile.campaignId === undefined) return command;
    return { ...command, campaignOpen: (await lookups.campaignOf(command.profile.campaignId)).status === 'open' };
  },
  PlanActivity: (p) => ({
    type: 'PlanActivity',
    activityId: requiredString(p, 'activityId'),
    startsOn: requiredString(p, 'startsOn'),
    endsOn: requiredString(p, 'endsOn'),
    plannedOn: requiredString(p, 'plannedOn'),
  }),
  PrepareActivity: (p) => ({ type: 'PrepareActivity', activityId: requiredString(p, 'activityId'), preparedOn: requiredString(p, 'preparedOn') }),
  // When the command was sent (the envelope) bounds the times stated: an activity does not start a month ahead.
  StartActivity: (p, envelope) => ({ type: 'StartActivity', activityId: requiredString(p, 'activityId'), startedAt: requiredString(p, 'startedAt'), sentAt: envelope.issuedAt }),
  CompleteActivity: (p, envelope) => ({ type: 'CompleteActivity', activityId: requiredString(p, 'activityId'), completedAt: requiredString(p, 'completedAt'), sentAt: envelope.issuedAt }),
  EvaluateActivity: (p) => ({
    type: 'EvaluateActivity',
    activityId: requiredString(p, 'activityId'),
    evaluatedOn: requiredString(p, 'evaluatedOn'),
    summary: requiredString(p, 'summary'),
    ...optional('rating', optionalNumber(p, 'rating')),
  }),
  CancelActivity: (p) => ({
    type: 'CancelActivity',
    activityId: requiredString(p, 'activityId'),
    reason: requiredString(p, 'reason'),
    cancelledOn: requiredString(p, 'cancelledOn'),
  }),
  // The client names the follow-up, so a retried upload records it once (the decider skips a known id).
  RecordActivityFollowUp: (p) => ({
    type: 'RecordActivityFollowUp',
    activityId: requiredString(p, 'activityId'),
    followUpId: requiredString(p, 'followUpId'),
    recordedOn: requiredString(p, 'recordedOn'),
    note: requiredString(p, 'note'),
  }),
  AddActivityFormation: (p) => ({ type: 'AddActivityFormation', activityId: requiredString(p, 'activityId'), formation: formationOf(p), addedOn: requiredString(p, 'addedOn') }),
});

/** One stream per activity. */
export const activityRoutes = (lookups: CampaignLookups): CommandRoute[] =>
  Object.entries(toActivityCommand(lookups)).map(([type, map]) =>
    commandRoute({
      type,
      streamType: ACTIVITY_STREAM_TYPE,
      decider: activityDecider,
      streamIdOf: (envelope: CommandEnvelope) => activityStreamId(requiredString(envelope.payload, 'activityId')),
      toCommand: (envelope: CommandEnvelope) => map(envelope.payload, envelope),
    }),
  );

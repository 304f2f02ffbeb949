import { activityCommandTypes } from '@tn/campaigns-contracts';
import { ACTIVITY_STREAM_TYPE, activityDecider } from '@tn/campaigns-domain';
import { type CommandRoute, routesOf } from '@tn/shared-event-sourcing-nest';
import { vietnamDateOf } from '@tn/shared-unit-hierarchy';
import { type CoordinationModelLookup, requirePublishedModel } from './coordination-model-check';
import type { CampaignLookups } from './lookups';
import { type NetworkDirectoryLookup, participantDirectoryOf } from './network-directory-check';

/**
 * The activity's commands (payload, stream and rights are declared in the contracts), with the
 * facts some of them need looked up first. A coordination model a proposal names is checked
 * against this service's copy of training's catalogue (ADR 0019); the groups and partners that
 * took part, against its copy of the network's directory.
 */
export const activityRoutes = (lookups: CampaignLookups, models: CoordinationModelLookup, directory: NetworkDirectoryLookup): CommandRoute[] =>
  routesOf(
    activityCommandTypes,
    { streamType: ACTIVITY_STREAM_TYPE, decider: activityDecider },
    {
      // An activity in a campaign needs the campaign open: read from the campaign's stream.
      ProposeActivity: async ({ profile }) => {
        await requirePublishedModel(models, profile.coordinationModelId, 'ACTIVITY', 'profile.coordinationModelId');
        return profile.campaignId === undefined ? {} : { campaignOpen: (await lookups.campaignOf(profile.campaignId)).status === 'open' };
      },
      // When the command was sent (the envelope) bounds the times stated: an activity does not start a month ahead.
      StartActivity: (_payload, envelope) => ({ sentAt: envelope.issuedAt }),
      CompleteActivity: (_payload, envelope) => ({ sentAt: envelope.issuedAt }),
      // Who recorded the participants and the day (Vietnam's) are the envelope's, never the payload's.
      RecordActivityParticipants: async ({ groupIds, partnerIds }, envelope) => ({
        directory: await participantDirectoryOf(directory, groupIds, partnerIds),
        recordedBy: envelope.actor.id,
        recordedOn: vietnamDateOf(envelope.issuedAt),
      }),
    },
  );

import { activityCommandTypes } from '@tn/campaigns-contracts';
import { ACTIVITY_STREAM_TYPE, activityDecider } from '@tn/campaigns-domain';
import { type CommandRoute, routesOf } from '@tn/shared-event-sourcing-nest';
import { type CoordinationModelLookup, requirePublishedModel } from './coordination-model-check';
import type { CampaignLookups } from './lookups';

/**
 * The activity's commands (payload, stream and rights are declared in the contracts), with the
 * facts some of them need looked up first. A coordination model a proposal names is checked
 * against this service's copy of training's catalogue (ADR 0019).
 */
export const activityRoutes = (lookups: CampaignLookups, models: CoordinationModelLookup): CommandRoute[] =>
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
    },
  );

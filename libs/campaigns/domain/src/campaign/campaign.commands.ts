import type {
  ApplyCoordinationModel as ApplyCoordinationModelPayload,
  CloseCampaign as CloseCampaignPayload,
  campaignCommandTypes,
} from '@tn/campaigns-contracts';
import type { CommandNamed, CommandsOf } from '@tn/shared-event-contracts';
import type { CampaignDefinition } from './campaign.types';

/**
 * The campaign's commands: each payload (its one schema is in the contracts) with its type, plus
 * what the service looks up before deciding:
 * - `definition`: as stated, its goals a list (none when the command gives none);
 * - `template`: for the second step of an adoption, the template's definition and what its stream
 *   recorded for the opening unit (`recordedAdoption`, absent when the unit never adopted it).
 * An adoption is decided on the template's stream, which records one adoption per unit;
 * `adoptingUnitIsBelowPublisher` is the hierarchy as of `adoptedOn`.
 */
type RoutedCampaignCommand = CommandsOf<
  typeof campaignCommandTypes,
  {
    LaunchCampaign: { definition: CampaignDefinition };
    PublishCampaignTemplate: { definition: CampaignDefinition };
    OpenLocalCampaign: { template: { definition: CampaignDefinition; recordedAdoption?: { localCampaignId: string } } };
  }
>;

/** Commands the decider takes that the service does not route yet (their schema is in the contracts too). */
type UnroutedCampaignCommand = ({ type: 'ApplyCoordinationModel' } & ApplyCoordinationModelPayload) | ({ type: 'CloseCampaign' } & CloseCampaignPayload);

export type CampaignCommand = RoutedCampaignCommand | UnroutedCampaignCommand;

export type AdoptCampaignTemplate = CommandNamed<CampaignCommand, 'AdoptCampaignTemplate'>;
export type OpenLocalCampaign = CommandNamed<CampaignCommand, 'OpenLocalCampaign'>;

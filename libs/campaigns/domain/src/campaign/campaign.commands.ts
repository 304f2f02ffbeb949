import type { CampaignDefinition } from './campaign.types';

/** A unit launches its own campaign. */
export type LaunchCampaign = {
  type: 'LaunchCampaign';
  campaignId: string;
  organiserUnitId: string;
  definition: CampaignDefinition;
  launchedOn: string;
};

/** A higher unit publishes a campaign template (for example the province's Summer campaign). */
export type PublishCampaignTemplate = {
  type: 'PublishCampaignTemplate';
  campaignId: string;
  publisherUnitId: string;
  definition: CampaignDefinition;
  publishedOn: string;
};

/**
 * Decided on the template's stream, which records one adoption per unit. `localCampaignId` is the
 * id the local instance will have (ids arrive in commands). `adoptingUnitIsBelowPublisher` is
 * looked up in the hierarchy as of `adoptedOn`.
 */
export type AdoptCampaignTemplate = {
  type: 'AdoptCampaignTemplate';
  templateCampaignId: string;
  adoptingUnitId: string;
  localCampaignId: string;
  adoptedOn: string;
  adoptingUnitIsBelowPublisher: boolean;
};

/**
 * Second step of an adoption, on the new local stream. The handler reads the template's stream
 * and passes its definition and what it recorded for this unit (`recordedAdoption`, absent when
 * the unit never adopted it). The local unit may name its own coordination model.
 */
export type OpenLocalCampaign = {
  type: 'OpenLocalCampaign';
  campaignId: string;
  organiserUnitId: string;
  templateCampaignId: string;
  template: { definition: CampaignDefinition; recordedAdoption?: { localCampaignId: string } };
  coordinationModelId?: string;
  openedOn: string;
};

/** Name (or change) the coordination model the campaign applies (K3). */
export type ApplyCoordinationModel = {
  type: 'ApplyCoordinationModel';
  campaignId: string;
  coordinationModelId: string;
  appliedOn: string;
};

/** A closed campaign takes no changes; a closed template takes no adoptions. */
export type CloseCampaign = { type: 'CloseCampaign'; campaignId: string; closedOn: string };

export type CampaignCommand =
  | LaunchCampaign
  | PublishCampaignTemplate
  | AdoptCampaignTemplate
  | OpenLocalCampaign
  | ApplyCoordinationModel
  | CloseCampaign;

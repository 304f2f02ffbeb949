import type { CampaignDefinitionPart, CampaignGoal } from '@tn/campaigns-contracts';

/** The vocabulary and parts of a campaign's messages (their one schema is in the contracts). */
export { CAMPAIGN_KINDS, type CampaignGoal, PEAK_TEMPLATES } from '@tn/campaigns-contracts';

/**
 * What a campaign is, shared by a unit's own campaign, a template, and a template's local
 * instance; as decided, its goals are a list. Without `certificateCriteria`, the platform default
 * (DEFAULT_CERTIFICATE_CRITERIA) applies, as it does to campaigns recorded before the field existed.
 */
export type CampaignDefinition = Omit<CampaignDefinitionPart, 'goals'> & { goals: CampaignGoal[] };

/**
 * `own`: a unit's campaign; `template`: published by a higher unit for lower units to adopt;
 * `local-instance`: a lower unit's own instance of a template.
 */
export type CampaignRole = 'own' | 'template' | 'local-instance';

export interface Adoption {
  localCampaignId: string;
  adoptedOn: string;
}

export type CampaignState =
  | { status: 'none' }
  | {
      status: 'open' | 'closed';
      campaignId: string;
      role: CampaignRole;
      /** The organiser unit (for a template: the publishing unit). */
      unitId: string;
      definition: CampaignDefinition;
      /** For a local instance: the template it was adopted from. */
      templateCampaignId?: string;
      /** For a template: each adopting unit and its local instance (one per unit). */
      adoptions: Readonly<Record<string, Adoption>>;
    };

export type ExistingCampaign = Exclude<CampaignState, { status: 'none' }>;

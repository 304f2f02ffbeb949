import type { CampaignDomain, CertificateCriteria } from '@tn/campaigns-contracts';
import type { Initiator } from '../common/types';

/** Regular volunteering (thường xuyên), periodic campaigns (theo đợt), or a peak campaign. */
export const CAMPAIGN_KINDS = ['regular', 'periodic', 'peak'] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];

/** The national peak campaigns (domain.md §5); a peak campaign names exactly one. */
export const PEAK_TEMPLATES = ['border-spring', 'youth-month', 'summer-volunteer', 'exam-season-relay'] as const;
export type PeakTemplate = (typeof PEAK_TEMPLATES)[number];

/**
 * A goal with its measure. `measure` is a key of the extensible output catalogue
 * (`rural-road-km`, `houses`, `trees`, `beneficiaries`, `blood-units`, `play-spaces`, ...).
 */
export interface CampaignGoal {
  measure: string;
  target: number;
}

/** What a campaign is, shared by a unit's own campaign, a template, and a template's local instance. */
export interface CampaignDefinition {
  name: string;
  kind: CampaignKind;
  /** Required for (and only for) peak campaigns. */
  peakTemplate?: PeakTemplate;
  domains: CampaignDomain[];
  startsOn: string;
  endsOn: string;
  goals: CampaignGoal[];
  /** An id from the training catalogue of coordination models (K3); a reference, not checked here. */
  coordinationModelId?: string;
  initiator: Initiator;
  /**
   * When a volunteer earns the campaign's certificate (and badge). Absent: the platform default
   * (DEFAULT_CERTIFICATE_CRITERIA), which is also what campaigns recorded before this field existed apply.
   */
  certificateCriteria?: CertificateCriteria;
}

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

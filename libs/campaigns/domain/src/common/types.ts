/** Vocabulary shared by the campaigns aggregates (domain.md §5). */

/** Who initiated a campaign or activity: Union/Federation initiatives form K3's population. */
export const INITIATORS = ['union', 'youth-federation', 'other-organisation'] as const;
export type Initiator = (typeof INITIATORS)[number];

/** Whether a campaign or activity counts towards K3 (initiated by the Union or the Federation). */
export const isUnionOrFederationInitiated = (initiator: Initiator): boolean => initiator !== 'other-organisation';

/** Fields of volunteer work (domain.md §5). */
export const CAMPAIGN_DOMAINS = [
  'new-rural-construction',
  'urban-civility',
  'social-security',
  'environment-climate-change',
  'disaster-prevention-response',
  'traffic-safety',
  'social-order',
  'public-health',
  'children-care-education',
  'digital-transformation',
] as const;
export type CampaignDomain = (typeof CAMPAIGN_DOMAINS)[number];

/** Areas needing special attention are flags on units and places, never attributes of people. */
export interface AreaFlags {
  ethnicMinority: boolean;
  mountainous: boolean;
  border: boolean;
  island: boolean;
}

/** Under this age a volunteer is a minor and takes part only with a guardian's consent. */
export const ADULT_AGE = 18;

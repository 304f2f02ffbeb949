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

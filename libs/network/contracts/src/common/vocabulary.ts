/**
 * Fields of volunteer work a group serves or an agreement covers: the same words as a campaign's
 * domains (domain.md §5), so a need raised from an activity matches groups by the activity's field.
 * The contexts may not import each other, so the list is stated here too; a contracts test keeps the two equal.
 */
export const NETWORK_FIELDS = [
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
export type NetworkField = (typeof NETWORK_FIELDS)[number];

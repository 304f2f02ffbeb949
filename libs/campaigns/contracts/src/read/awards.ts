/** The Youth Volunteer Certificate and the Youth Volunteer Badge (domain.md §7). */
export const AWARDS = ['certificate', 'badge'] as const;
export type Award = (typeof AWARDS)[number];

/** One award per volunteer and campaign: issuing under this id twice meets CERTIFICATE.ALREADY_ISSUED. */
export const campaignAwardId = (award: Award, campaignId: string, volunteerId: string) => `${award}-${campaignId}-${volunteerId}`;

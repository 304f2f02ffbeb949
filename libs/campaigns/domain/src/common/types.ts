/** Vocabulary shared by the campaigns aggregates (domain.md §5). */

/** Who initiated a campaign or activity: Union/Federation initiatives form K3's population. */
export const INITIATORS = ['union', 'youth-federation', 'other-organisation'] as const;
export type Initiator = (typeof INITIATORS)[number];

/** Whether a campaign or activity counts towards K3 (initiated by the Union or the Federation). */
export const isUnionOrFederationInitiated = (initiator: Initiator): boolean => initiator !== 'other-organisation';

/** Under this age a volunteer is a minor and takes part only with a guardian's consent. */
export const ADULT_AGE = 18;

/** Vocabulary shared by the campaigns aggregates (domain.md §5). */
import type { Initiator } from '@tn/campaigns-contracts';

/** Who initiated a campaign or activity (the vocabulary of its messages, in the contracts). */
export { INITIATORS, type Initiator } from '@tn/campaigns-contracts';

/** Whether a campaign or activity counts towards K3 (initiated by the Union or the Federation). */
export const isUnionOrFederationInitiated = (initiator: Initiator): boolean => initiator !== 'other-organisation';

/** Under this age a volunteer is a minor and takes part only with a guardian's consent. */
export const ADULT_AGE = 18;

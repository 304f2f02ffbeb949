import type { PartnerKind } from '@tn/network-contracts';

/** A registered partner: its profile, the unit whose managers keep it, and the registry accounts that read as it. */
export interface RegisteredPartner {
  status: 'registered';
  partnerId: string;
  name: string;
  kind: PartnerKind;
  countryCode: string;
  website?: string;
  /** The unit whose managers act on it (the authoriser reads it). */
  ownerUnitId: string;
  /** Linked accounts, in the order linked. */
  accountIds: readonly string[];
}

export type PartnerState = { status: 'none' } | RegisteredPartner;

/**
 * A registry account as the route found it in the service's copy of the registry's accounts:
 * undefined when there is none or it is closed.
 */
export interface LookedUpAccount {
  kind: string;
}

/** A partner an agreement names, as the route found it on the partner's stream. */
export interface LookedUpPartner {
  status: PartnerState['status'];
}

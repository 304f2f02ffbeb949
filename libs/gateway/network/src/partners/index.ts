// The partners area of the network slice: partner organisations, their accounts and their cooperation agreements.
import type { NetworkArea } from '../core/network-area';
import { AgreementsResolver } from './agreements.resolver';
import { agreementProjection } from './agreement.read-model';
import { partnerAccountProjection } from './partner-account.read-model';
import { partnerProjection } from './partner.read-model';
import { PartnersResolver } from './partners.resolver';

// For the needs area: the partner a signed-in partner account reads as, and the request's reads of partners and agreements.
export { callerPartnerIdOf } from './partner-access';
export { partnersOf } from './partner-reads';

export const partnersArea: NetworkArea = {
  projections: [partnerProjection, agreementProjection, partnerAccountProjection],
  providers: [PartnersResolver, AgreementsResolver],
};

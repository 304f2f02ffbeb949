// The needs area of the network slice: needs, their matches and quantities, and the matching of groups and partners to them.
import type { NetworkArea } from '../core/network-area';
import { matchCandidateProjection } from './match-candidate.read-model';
import { needPartnerProjection } from './need-partner.read-model';
import { needProjection } from './need.read-model';
import { NeedsResolver } from './needs.resolver';

export const needsArea: NetworkArea = {
  projections: [needProjection, needPartnerProjection, matchCandidateProjection],
  providers: [NeedsResolver],
};

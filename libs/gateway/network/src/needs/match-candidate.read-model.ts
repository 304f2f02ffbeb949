import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import { type EnvelopeOf, type EventsOf, eventTypesNamed } from '@tn/shared-event-contracts';
import {
  agreementEventTypes,
  type AgreementValidity,
  type GroupStatusInputs,
  groupEventTypes,
  type NeedKind,
  NEED_KINDS,
  type NetworkField,
} from '@tn/network-contracts';

export const MATCH_CANDIDATES_COLLECTION = 'gw_network_match_candidates';

/** The token of a unit's area: a candidate serving the unit holds it. */
export const areaTokenOf = (unitId: string) => `area:${unitId}`;

export const groupCandidateIdOf = (groupId: string) => `group:${groupId}`;
export const agreementCandidateIdOf = (agreementId: string) => `agreement:${agreementId}`;

/** A held booking of a group (released ones are dropped). */
export interface CandidateBookingDoc {
  matchId: string;
  needId: string;
  from: string;
  to: string;
}

interface CandidateDocBase {
  /** The group's id, or the partner's. */
  candidateId: string;
  /** `area:<unitId>` for each unit served (indexed: one equality per unit of a need place's lineage). */
  tokens: string[];
  areaUnitIds: string[];
  fields: NetworkField[];
  /** Free words, compared by the matching score (groups' and agreements' profiles name none yet). */
  skills: string[];
  /** What it gives. */
  offers: NeedKind[];
}

/** A group as the matching reads it: `_id` `group:<groupId>`. */
export interface GroupCandidateDoc extends CandidateDocBase {
  kind: 'group';
  name: string;
  size: number;
  /** What `groupStatusOn` reads (activity dates: the latest few, enough for a status as of today). */
  statusInputs: GroupStatusInputs;
  bookings: CandidateBookingDoc[];
}

/**
 * A partner under one of its agreements: `_id` `agreement:<agreementId>`. A partner serves the
 * areas of its agreements' lead and party units while the agreement is in force, and gives what
 * the agreement commits.
 */
export interface PartnerCandidateDoc extends CandidateDocBase {
  kind: 'partner';
  agreementId: string;
  title: string;
  validity: AgreementValidity;
}

export type MatchCandidateDoc = GroupCandidateDoc | PartnerCandidateDoc;

/** How many activity dates a group's document keeps: its status as of today reads the latest one on or before it. */
const ACTIVITY_DATES_KEPT = 12;

const candidateEventTypes = [
  ...eventTypesNamed(
    groupEventTypes,
    'GroupRegistered',
    'GroupVerified',
    'GroupVerificationDeclined',
    'GroupProfileRevised',
    'GroupStatusDeclared',
    'GroupActivityRecorded',
    'GroupDatesBooked',
    'GroupDatesReleased',
  ),
  ...agreementEventTypes,
];
type CandidateEnvelope = EnvelopeOf<EventsOf<typeof candidateEventTypes>>;

const tokensOf = (unitIds: readonly string[]) => [...new Set(unitIds)].map(areaTokenOf);
const offersOf = (commitments: readonly { kind: string }[]): NeedKind[] =>
  NEED_KINDS.filter((kind) => commitments.some((commitment) => commitment.kind === kind));

function evolveGroupCandidate(doc: MatchCandidateDoc | null, event: Extract<CandidateEnvelope, { type: `Group${string}` }>): GroupCandidateDoc {
  if (event.type === 'GroupRegistered') {
    const { groupId, name, fields, areaUnitIds, size, registeredOn } = event.data;
    return {
      kind: 'group',
      candidateId: groupId,
      name,
      size,
      tokens: tokensOf(areaUnitIds),
      areaUnitIds: [...areaUnitIds],
      fields: [...fields],
      skills: [],
      offers: ['people'],
      statusInputs: { registeredOn, activityDates: [], declarations: [] },
      bookings: [],
    };
  }
  if (doc?.kind !== 'group') throw new Error(`${event.type} for a group the matching read model does not know`);
  const inputs = doc.statusInputs;
  switch (event.type) {
    case 'GroupVerified':
      return { ...doc, statusInputs: { ...inputs, verifiedOn: event.data.verifiedOn } };
    case 'GroupVerificationDeclined':
      return { ...doc, statusInputs: { ...inputs, declinedOn: event.data.declinedOn } };
    case 'GroupProfileRevised': {
      const { name, fields, areaUnitIds, size } = event.data;
      return { ...doc, name, size, fields: [...fields], areaUnitIds: [...areaUnitIds], tokens: tokensOf(areaUnitIds) };
    }
    case 'GroupStatusDeclared': {
      const declarations = [...inputs.declarations, { status: event.data.status, on: event.data.declaredOn }];
      return { ...doc, statusInputs: { ...inputs, declarations } };
    }
    case 'GroupActivityRecorded': {
      const activityDates = [...new Set([...inputs.activityDates, event.data.on])].sort().slice(-ACTIVITY_DATES_KEPT);
      return { ...doc, statusInputs: { ...inputs, activityDates } };
    }
    // A booking is a need's match: match ids are unique only within their need.
    case 'GroupDatesBooked': {
      const { matchId, needId, from, to } = event.data;
      if (doc.bookings.some((booking) => booking.needId === needId && booking.matchId === matchId)) return doc;
      return { ...doc, bookings: [...doc.bookings, { matchId, needId, from, to }] };
    }
    case 'GroupDatesReleased': {
      const { needId, matchId } = event.data;
      return { ...doc, bookings: doc.bookings.filter((booking) => !(booking.needId === needId && booking.matchId === matchId)) };
    }
    default:
      return assertNever(event);
  }
}

function evolveAgreementCandidate(doc: MatchCandidateDoc | null, event: Extract<CandidateEnvelope, { type: `Agreement${string}` }>): PartnerCandidateDoc {
  if (event.type === 'AgreementSigned') {
    const { agreementId, partnerId, title, fields, leadUnitId, partyUnitIds, validFrom, validTo, commitments } = event.data;
    const areaUnitIds = [...new Set([leadUnitId, ...partyUnitIds])];
    return {
      kind: 'partner',
      candidateId: partnerId,
      agreementId,
      title,
      tokens: tokensOf(areaUnitIds),
      areaUnitIds,
      fields: [...fields],
      skills: [],
      offers: offersOf(commitments),
      validity: { validFrom, validTo },
    };
  }
  if (doc?.kind !== 'partner') throw new Error(`${event.type} for an agreement the matching read model does not know`);
  switch (event.type) {
    case 'AgreementAmended':
      return { ...doc, offers: offersOf(event.data.commitments), validity: { ...doc.validity, validTo: event.data.validTo } };
    case 'AgreementTerminated':
      return { ...doc, validity: { ...doc.validity, termination: { on: event.data.on } } };
    default:
      return assertNever(event);
  }
}

/** Pure: the candidate's document after an event of its group's or its agreement's stream. */
export function evolveMatchCandidate(doc: MatchCandidateDoc | null, event: CandidateEnvelope): MatchCandidateDoc {
  return event.type.startsWith('Group')
    ? evolveGroupCandidate(doc, event as Extract<CandidateEnvelope, { type: `Group${string}` }>)
    : evolveAgreementCandidate(doc, event as Extract<CandidateEnvelope, { type: `Agreement${string}` }>);
}

/**
 * The matching read model: one document per group and per partner agreement, holding a token for
 * each unit whose area it serves. A need's candidates are read with one equality on `tokens` per
 * unit of its place's lineage (place, district, province, country), each served by the index
 * (containment in the array, ADR 0017 §3), so the cost follows the candidates of that area, not
 * the country's. Status is kept as its inputs: whether a group is active depends on the day asked.
 * A group's document sees only some of its stream's events, so it applies any newer version.
 */
export const matchCandidateProjection = projectionOver(candidateEventTypes, {
  name: 'gateway-network-match-candidates',
  collection: MATCH_CANDIDATES_COLLECTION,
  contiguous: false,
  documentId: (event) => ('groupId' in event.data ? groupCandidateIdOf(event.data.groupId) : agreementCandidateIdOf(event.data.agreementId)),
  evolve: evolveMatchCandidate,
  indexes: [{ tokens: 1 }],
});

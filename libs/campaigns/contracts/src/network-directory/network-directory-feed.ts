import { streamIdOf } from '@tn/shared-event-contracts';

/**
 * The network context's directory events as the campaigns context reads them, to keep its local
 * copy of the groups, partners and agreements an activity or a resource may name (as ADR 0019
 * does for training's coordination models). A context may not import another's contracts, so
 * campaigns declares here the few names and fields it reads; the network's events carry more
 * (names, fields, leaders, commitments, who acted), which is ignored. A spec where both sides
 * may be imported holds this and the network's schemas together.
 *
 * Unlike the coordination models, a directory event is not self-contained (a verification does
 * not restate the registration), so the copy folds each record's events in their stream's order.
 */

/** The context whose topic (`<prefix>network.events`) carries the events. */
export const NETWORK_DIRECTORY_SOURCE_CONTEXT = 'network';

/** The records the copy keeps; each is the network's stream type too (`group-<id>`, the relay's message key). */
export const NETWORK_DIRECTORY_KINDS = ['group', 'partner', 'agreement'] as const;
export type NetworkDirectoryKind = (typeof NETWORK_DIRECTORY_KINDS)[number];
export const networkDirectorySourceStreamId = (kind: NetworkDirectoryKind, id: string) => streamIdOf(kind, id);

/** The copy's document id: one document per record, `<kind>:<id>`. */
export const networkDirectoryEntryId = (kind: NetworkDirectoryKind, id: string) => `${kind}:${id}`;

/** A group declared dissolved is gone for good; dormant and active are the network's own view of its life. */
export const DIRECTORY_GROUP_DECLARED_STATUSES = ['active', 'dormant', 'dissolved'] as const;

/** What campaigns reads of each event (the network's events carry more). */
export type NetworkDirectoryFeedEvent =
  | { type: 'GroupRegistered'; data: { groupId: string } }
  | { type: 'GroupVerified'; data: { groupId: string } }
  | { type: 'GroupVerificationDeclined'; data: { groupId: string } }
  | { type: 'GroupStatusDeclared'; data: { groupId: string; status: (typeof DIRECTORY_GROUP_DECLARED_STATUSES)[number] } }
  | { type: 'PartnerRegistered'; data: { partnerId: string } }
  | {
      type: 'AgreementSigned';
      data: { agreementId: string; partnerId: string; leadUnitId: string; partyUnitIds: string[]; validFrom: string; validTo: string };
    }
  | { type: 'AgreementAmended'; data: { agreementId: string; validTo: string } }
  | { type: 'AgreementTerminated'; data: { agreementId: string; on: string } };

/** The kind and id field of each event type read. */
const RECORD_OF: { [Type in NetworkDirectoryFeedEvent['type']]: { kind: NetworkDirectoryKind; idField: string } } = {
  GroupRegistered: { kind: 'group', idField: 'groupId' },
  GroupVerified: { kind: 'group', idField: 'groupId' },
  GroupVerificationDeclined: { kind: 'group', idField: 'groupId' },
  GroupStatusDeclared: { kind: 'group', idField: 'groupId' },
  PartnerRegistered: { kind: 'partner', idField: 'partnerId' },
  AgreementSigned: { kind: 'agreement', idField: 'agreementId' },
  AgreementAmended: { kind: 'agreement', idField: 'agreementId' },
  AgreementTerminated: { kind: 'agreement', idField: 'agreementId' },
};

export const NETWORK_DIRECTORY_FEED_EVENT_TYPES = Object.keys(RECORD_OF) as readonly NetworkDirectoryFeedEvent['type'][];

/** A group: only a verified one that is not dissolved may take part in an activity. Declined and dissolved are final. */
export interface GroupCopy {
  kind: 'group';
  id: string;
  status: 'registered' | 'verified' | 'declined' | 'dissolved';
}
/** A partner organisation: a registered one may take part. */
export interface PartnerCopy {
  kind: 'partner';
  id: string;
  status: 'registered';
}
/** An agreement: whom it binds, and when it is in force. */
export interface AgreementCopy {
  kind: 'agreement';
  id: string;
  status: 'signed' | 'terminated';
  partnerId: string;
  leadUnitId: string;
  partyUnitIds: string[];
  validFrom: string;
  validTo: string;
  /** The day it stopped being in force, when terminated. */
  terminatedOn?: string;
}
export type NetworkDirectoryCopy = GroupCopy | PartnerCopy | AgreementCopy;

/** The record an event of the feed is about (undefined for a type the feed does not read, or no id). */
export function networkDirectoryRecordOf(event: { type: string; data: Record<string, unknown> }): { kind: NetworkDirectoryKind; id: string } | undefined {
  const record = RECORD_OF[event.type as NetworkDirectoryFeedEvent['type']];
  const id = record ? event.data[record.idField] : undefined;
  return record && isText(id) ? { kind: record.kind, id } : undefined;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (value: unknown): value is string => typeof value === 'string' && ISO_DATE.test(value);

function requireTexts(type: string, data: Record<string, unknown>, fields: readonly string[]): void {
  const missing = fields.filter((field) => !isText(data[field]));
  if (missing.length > 0) throw new Error(`${type} lacks ${missing.join(', ')}`);
}

function requireDates(type: string, data: Record<string, unknown>, fields: readonly string[]): void {
  const wrong = fields.filter((field) => !isDate(data[field]));
  if (wrong.length > 0) throw new Error(`${type} lacks a date in ${wrong.join(', ')}`);
}

function groupCopyOf(previous: NetworkDirectoryCopy | null, event: { type: string; data: Record<string, unknown> }, id: string): GroupCopy | null {
  const before = previous?.kind === 'group' ? previous : null;
  switch (event.type) {
    case 'GroupRegistered':
      return { kind: 'group', id, status: 'registered' };
    case 'GroupVerified':
      return { kind: 'group', id, status: before?.status === 'dissolved' ? 'dissolved' : 'verified' };
    case 'GroupVerificationDeclined':
      return { kind: 'group', id, status: 'declined' };
    default: {
      const status = event.data['status'];
      if (!(DIRECTORY_GROUP_DECLARED_STATUSES as readonly unknown[]).includes(status)) throw new Error(`${event.type} has an unknown status`);
      // Dissolution is final; dormant or active leaves the group as verified as it was.
      if (status === 'dissolved') return { kind: 'group', id, status: 'dissolved' };
      return before;
    }
  }
}

function agreementCopyOf(previous: NetworkDirectoryCopy | null, event: { type: string; data: Record<string, unknown> }, id: string): AgreementCopy {
  const { data, type } = event;
  if (type === 'AgreementSigned') {
    requireTexts(type, data, ['partnerId', 'leadUnitId']);
    requireDates(type, data, ['validFrom', 'validTo']);
    const parties = data['partyUnitIds'];
    if (!Array.isArray(parties) || !parties.every(isText)) throw new Error(`${type} lacks partyUnitIds`);
    const { partnerId, leadUnitId, validFrom, validTo } = data as Record<string, string>;
    return { kind: 'agreement', id, status: 'signed', partnerId, leadUnitId, partyUnitIds: [...parties], validFrom, validTo };
  }
  // An amendment or a termination of an agreement the copy never saw signed cannot be read into it.
  if (previous?.kind !== 'agreement') throw new Error(`${type} for an agreement the copy does not know`);
  if (type === 'AgreementAmended') {
    requireDates(type, data, ['validTo']);
    return { ...previous, validTo: data['validTo'] as string };
  }
  requireDates(type, data, ['on']);
  return { ...previous, status: 'terminated', terminatedOn: data['on'] as string };
}

/**
 * The copy of a record after one of its events. Throws on an event it cannot read (an unknown
 * type, a missing field, a status it does not know): the projection dead-letters it rather than
 * keep a wrong copy. Null: nothing known of the record yet (a group declared active or dormant
 * before any registration reached the copy).
 */
export function networkDirectoryCopyOf(
  previous: NetworkDirectoryCopy | null,
  event: { type: string; data: Record<string, unknown> },
): NetworkDirectoryCopy | null {
  const record = networkDirectoryRecordOf(event);
  if (!record) throw new Error(`${event.type} is not a directory event the campaigns copy reads, or names no record`);
  switch (record.kind) {
    case 'group':
      return groupCopyOf(previous, event, record.id);
    case 'partner':
      return { kind: 'partner', id: record.id, status: 'registered' };
    case 'agreement':
      return agreementCopyOf(previous, event, record.id);
  }
}

/**
 * Whether an agreement is in force on a day: within its validity, and not terminated on or before
 * that day (the network's `agreementStatusOn` says 'in-force' for exactly these days).
 */
export const agreementInForceOn = (agreement: Pick<AgreementCopy, 'validFrom' | 'validTo' | 'terminatedOn'>, date: string): boolean =>
  agreement.validFrom <= date && date <= agreement.validTo && (agreement.terminatedOn === undefined || date < agreement.terminatedOn);

/** The units an agreement binds: its lead unit and its parties. */
export const agreementUnitsOf = (agreement: Pick<AgreementCopy, 'leadUnitId' | 'partyUnitIds'>): string[] => [
  ...new Set([agreement.leadUnitId, ...agreement.partyUnitIds]),
];

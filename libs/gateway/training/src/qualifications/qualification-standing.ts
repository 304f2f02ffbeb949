import {
  effectiveValidUntil,
  holdingOn,
  previewExtension,
  QUALIFICATION_STATUSES,
  type QualificationStatus,
  qualificationStatusOn,
  renewableUntil,
  type ValidityExtension,
} from '@tn/training-contracts';
import type { QualificationKindDoc } from './qualification-kind.read-model';
import type { QualificationRecordDoc, TraineeDoc } from './trainee.read-model';

/**
 * A person's standing as of a date, with the contracts' arithmetic (the same functions the
 * deciders and reporting use), so what is shown cannot differ from what is decided or counted.
 */

const NO_EXTENSIONS: readonly ValidityExtension[] = [];
const extensionsOf = (kinds: ReadonlyMap<string, QualificationKindDoc>, kindId: string) => kinds.get(kindId)?.extensions ?? NO_EXTENSIONS;

/** One record as of a date: its status and its expiry after the kind's blanket extensions. */
export interface RecordStanding {
  record: QualificationRecordDoc;
  status: QualificationStatus;
  effectiveValidUntil: string;
  renewableUntil: string;
}

/** A person's standing in one kind: the record it rests on (their best) and every record of the kind, newest first. */
export interface KindStanding {
  kindId: string;
  status: QualificationStatus;
  validUntil: string;
  current: QualificationRecordDoc;
  history: RecordStanding[];
}

export function recordStandingOn(record: QualificationRecordDoc, asOf: string, extensions: readonly ValidityExtension[]): RecordStanding {
  return {
    record,
    status: qualificationStatusOn(record, asOf, extensions),
    effectiveValidUntil: effectiveValidUntil(record, extensions),
    renewableUntil: renewableUntil(record, extensions),
  };
}

/** The person's standing in one kind as of a date, or undefined without a record of it. */
export function kindStandingOn(
  doc: Pick<TraineeDoc, 'records'>,
  kindId: string,
  asOf: string,
  extensions: readonly ValidityExtension[],
): KindStanding | undefined {
  const holding = holdingOn(doc.records, kindId, asOf, extensions);
  if (!holding) return undefined;
  const history = doc.records
    .filter((record) => record.kindId === kindId)
    .sort((a, b) => b.grantedOn.localeCompare(a.grantedOn) || b.recordId.localeCompare(a.recordId))
    .map((record) => recordStandingOn(record, asOf, extensions));
  return { kindId, status: holding.status, validUntil: holding.validUntil, current: holding.record, history };
}

/** Every kind the person holds a record of, in kind order. */
export function standingsOn(doc: Pick<TraineeDoc, 'records' | 'kindIds'>, asOf: string, kinds: ReadonlyMap<string, QualificationKindDoc>): KindStanding[] {
  return [...new Set(doc.records.map((record) => record.kindId))]
    .sort()
    .map((kindId) => kindStandingOn(doc, kindId, asOf, extensionsOf(kinds, kindId)))
    .filter((standing): standing is KindStanding => standing !== undefined);
}

/** A holder in a unit's view: the person, their standing in the kind, and the unit their records count in. */
export interface UnitHolder {
  personId: string;
  personKind: string | null;
  standing: KindStanding;
}

/**
 * A unit's holders of a kind as of a date: the people with a record of the kind granted in one
 * of `unitIds` (the unit's subtree with merged predecessors). Each stands by their best record of
 * the kind wherever it was granted: a renewal taken elsewhere still renews.
 */
export function unitHoldersOn(docs: readonly TraineeDoc[], unitIds: ReadonlySet<string>, kind: QualificationKindDoc, asOf: string): UnitHolder[] {
  const holders = new Map<string, UnitHolder>();
  for (const doc of docs) {
    if (holders.has(doc.personId)) continue;
    if (!doc.records.some((record) => record.kindId === kind.kindId && record.unitId !== undefined && unitIds.has(record.unitId))) continue;
    const standing = kindStandingOn(doc, kind.kindId, asOf, kind.extensions);
    if (standing) holders.set(doc.personId, { personId: doc.personId, personKind: doc.personKind ?? null, standing });
  }
  return [...holders.values()];
}

/** How many holders stand in each status (every status listed, zeros included). */
export function statusTotals(holders: readonly UnitHolder[]): { status: QualificationStatus; count: number }[] {
  const counts = new Map<QualificationStatus, number>(QUALIFICATION_STATUSES.map((status) => [status, 0]));
  for (const holder of holders) counts.set(holder.standing.status, (counts.get(holder.standing.status) ?? 0) + 1);
  return QUALIFICATION_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }));
}

/** A record a blanket extension would move, with its holder. */
export interface ExtensionPreviewItem {
  personId: string;
  record: QualificationRecordDoc;
  oldValidUntil: string;
  newValidUntil: string;
}

/**
 * What an extension of the kind would move if declared on `declaredOn` (today): the contracts'
 * `previewExtension` over every record of the kind, after the kind's earlier extensions: the
 * function the status applies once the policy event exists.
 */
export function extensionPreview(
  docs: readonly TraineeDoc[],
  kind: QualificationKindDoc,
  extension: Omit<ValidityExtension, 'kindId' | 'extendedOn' | 'extensionId'>,
  declaredOn: string,
): ExtensionPreviewItem[] {
  const records = [...new Map(docs.map((doc) => [doc.personId, doc])).values()].flatMap((doc) =>
    doc.records.filter((record) => record.kindId === kind.kindId).map((record) => ({ ...record, personId: doc.personId })),
  );
  const proposed: ValidityExtension = { ...extension, kindId: kind.kindId, extensionId: '(preview)', extendedOn: declaredOn };
  return previewExtension(records, proposed, kind.extensions)
    .map(({ record: { personId, ...record }, oldValidUntil, newValidUntil }) => ({ personId, record, oldValidUntil, newValidUntil }))
    .sort(
      (a, b) => a.oldValidUntil.localeCompare(b.oldValidUntil) || a.personId.localeCompare(b.personId) || a.record.recordId.localeCompare(b.record.recordId),
    );
}

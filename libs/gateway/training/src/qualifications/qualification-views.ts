import type { QualificationKindDoc } from './qualification-kind.read-model';
import type {
  ExtensionPreviewItemView,
  PersonQualificationsView,
  QualificationKindView,
  QualificationRecordView,
  QualificationView,
  UnitQualificationHolderView,
} from './qualification.models';
import { type ExtensionPreviewItem, type KindStanding, type RecordStanding, standingsOn, type UnitHolder } from './qualification-standing';
import type { TraineeDoc } from './trainee.read-model';

export function kindView(doc: QualificationKindDoc): QualificationKindView {
  const { kindId, revisedOn, extensions, ...terms } = doc;
  return {
    ...terms,
    id: kindId,
    revisedOn: revisedOn ?? null,
    extensions: extensions.map(({ extensionId, expiringFrom, expiringTo, extendByMonths, reason, extendedOn, extendedBy }) => ({
      extensionId,
      expiringFrom,
      expiringTo,
      extendByMonths,
      reason,
      extendedOn,
      extendedBy,
    })),
  };
}

export function recordView({ record, status, effectiveValidUntil, renewableUntil }: RecordStanding): QualificationRecordView {
  return {
    recordId: record.recordId,
    kindId: record.kindId,
    origin: record.origin,
    kindRevision: record.kindRevision,
    grantedOn: record.grantedOn,
    validUntil: record.validUntil,
    effectiveValidUntil,
    renewableUntil,
    status,
    courseId: record.courseId ?? null,
    curriculumId: record.curriculumId ?? null,
    renewsRecordId: record.renewsRecordId ?? null,
    evidence: record.evidence ?? null,
    unitId: record.unitId ?? null,
    revokedOn: record.revokedOn ?? null,
    revocationReason: record.revocationReason ?? null,
  };
}

export const qualificationView = (standing: KindStanding, kind: QualificationKindDoc | undefined): QualificationView => ({
  kindId: standing.kindId,
  kindName: kind?.name ?? null,
  isTrainerQualification: kind?.isTrainerQualification ?? false,
  status: standing.status,
  validUntil: standing.validUntil,
  currentRecordId: standing.current.recordId,
  history: standing.history.map(recordView),
});

/** A person's qualifications as of a date (none without a trainee document). */
export function personQualificationsView(
  personId: string | null,
  doc: TraineeDoc | undefined,
  asOf: string,
  kinds: ReadonlyMap<string, QualificationKindDoc>,
): PersonQualificationsView {
  const standings = doc ? standingsOn(doc, asOf, kinds) : [];
  return {
    personId,
    personKind: doc?.personKind ?? null,
    asOf,
    qualifications: standings.map((standing) => qualificationView(standing, kinds.get(standing.kindId))),
  };
}

export const holderView = ({ personId, personKind, standing }: UnitHolder): UnitQualificationHolderView => ({
  personId,
  personKind,
  status: standing.status,
  validUntil: standing.validUntil,
  recordId: standing.current.recordId,
  grantedOn: standing.current.grantedOn,
  unitId: standing.current.unitId ?? null,
});

export const previewItemView = ({ personId, record, oldValidUntil, newValidUntil }: ExtensionPreviewItem): ExtensionPreviewItemView => ({
  personId,
  recordId: record.recordId,
  grantedOn: record.grantedOn,
  oldValidUntil,
  newValidUntil,
});

import { addMonthsToDayKey, dateOfDayKey } from './calendar';
import { expiryKeyOf, extensionMoves, type QualificationRecord, type ValidityExtension } from './qualification-status';

/** A record a blanket extension would move, with its expiry before and after. */
export interface ExtensionPreviewRow<R extends QualificationRecord = QualificationRecord> {
  record: R;
  oldValidUntil: string;
  newValidUntil: string;
}

/**
 * The records `extension` would move, before it is declared: the same rule the status applies
 * once it is (`extensionMoves`), on top of the kind's `earlier` extensions, so the preview is
 * exactly what applying it changes.
 */
export function previewExtension<R extends QualificationRecord>(
  records: readonly R[],
  extension: ValidityExtension,
  earlier: readonly ValidityExtension[] = [],
): ExtensionPreviewRow<R>[] {
  const rows: ExtensionPreviewRow<R>[] = [];
  for (const record of records) {
    if (record.kindId !== extension.kindId) continue;
    const expiry = expiryKeyOf(record, earlier);
    if (!extensionMoves(record, expiry, extension)) continue;
    rows.push({ record, oldValidUntil: dateOfDayKey(expiry), newValidUntil: dateOfDayKey(addMonthsToDayKey(expiry, extension.extendByMonths)) });
  }
  return rows;
}

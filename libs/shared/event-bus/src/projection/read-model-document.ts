import { versionKeyOf } from './version-key';

/** Bookkeeping the runner keeps in every read-model document, next to the projection's fields. */
export interface DocumentBookkeeping {
  /** Last version applied per stream (keys from versionKeyOf). */
  _versions?: Record<string, number>;
  /** Bumped on every write, so a writer that read an older revision cannot overwrite a newer one. */
  _rev?: number;
}

export type StoredReadModelDocument = { _id: string } & DocumentBookkeeping & Record<string, unknown>;

/** The last version of `streamId` this document took (0 if none). */
export const lastVersionIn = (stored: StoredReadModelDocument | null, streamId: string): number =>
  stored?._versions?.[versionKeyOf(streamId)] ?? 0;

/** The document as the projection sees it: its own fields only. */
export function projectionViewOf(stored: StoredReadModelDocument): Record<string, unknown> {
  const { _id, _versions, _rev, ...view } = stored;
  return view;
}

/** The document to store after `evolve` produced `next` from event `version` of `streamId`. */
export function nextStoredDocument(
  documentId: string,
  next: object,
  previous: StoredReadModelDocument | null,
  streamId: string,
  version: number,
): StoredReadModelDocument {
  const { _id, _versions, _rev, ...fields } = next as Record<string, unknown>;
  return {
    ...fields,
    _id: documentId,
    _versions: { ...previous?._versions, [versionKeyOf(streamId)]: version },
    _rev: (previous?._rev ?? 0) + 1,
  };
}

import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { rememberWrite } from '../../api/consistency';
import { graphql } from '../../gql';
import {
  type AttendanceKind,
  type Batch,
  discardBatch,
  type FieldStore,
  openFieldStore,
  pruneOld,
  type QueuedRecord,
  queueStatus,
  type QueueStatus,
  recordCheck,
  recordsOf,
  retryBatch,
  syncOnce,
  type UploadOutcome,
} from './attendance-queue';

const RECORD_ATTENDANCE = graphql(`
  mutation FieldRecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      id
      consistencyToken
    }
  }
`);

/** Errors worth sending the same batch again for (the gateway marks them retryable). */
const RETRYABLE = new Set(['SERVICE_UNAVAILABLE', 'GATEWAY.BUSY', 'COMMAND.OUTCOME_UNKNOWN', 'UNAUTHENTICATED']);
/** How often the loop looks for something to send while the page is open. */
const SYNC_EVERY_MS = 15_000;

let store: Promise<FieldStore> | null = null;
/** The device's one attendance store (IndexedDB). */
export const fieldStore = (): Promise<FieldStore> => {
  store ??= openFieldStore().then(async (db) => {
    await pruneOld(db).catch(() => undefined);
    return db;
  });
  return store;
};

/** One sync at a time in this tab, whatever asks for it. */
let running: Promise<unknown> | null = null;

export interface QueueView {
  records: QueuedRecord[];
  status: QueueStatus;
  uploading: boolean;
  online: boolean;
  tap: (volunteerId: string, kind: AttendanceKind) => Promise<void>;
  syncNow: () => void;
  retry: (batchId: string) => Promise<void>;
  discard: (batchId: string) => Promise<void>;
}

/**
 * A shift's check-ins on this device and the loop that uploads them: at once after a tap, when the
 * browser comes back online, and every 15 s while the page is open.
 */
export function useAttendanceQueue(accountId: string, shiftId: string, onUploaded: () => void): QueueView {
  const client = useApolloClient();
  const [records, setRecords] = useState<QueuedRecord[]>([]);
  const [status, setStatus] = useState<QueueStatus>({ queued: 0, uploaded: 0, failed: [] });
  const [uploading, setUploading] = useState(false);
  const [online, setOnline] = useState(() => navigator.onLine);
  const uploaded = useRef(onUploaded);
  uploaded.current = onUploaded;

  const refresh = useCallback(async () => {
    const db = await fieldStore();
    const [nextRecords, nextStatus] = await Promise.all([recordsOf(db, accountId, shiftId), queueStatus(db, accountId, shiftId)]);
    setRecords(nextRecords);
    setStatus(nextStatus);
  }, [accountId, shiftId]);

  const upload = useCallback(
    async (batch: Batch, batchRecords: QueuedRecord[]): Promise<UploadOutcome> => {
      try {
        const result = await client.mutate({
          mutation: RECORD_ATTENDANCE,
          variables: {
            input: {
              shiftId: batch.shiftId,
              records: batchRecords.map(({ recordId, volunteerId, kind, at, method }) => ({ recordId, volunteerId, kind, at, method })),
            },
          },
          // The batch's id names the change: a retry after a lost reply is answered, not applied again.
          context: { headers: { 'Idempotency-Key': batch.batchId } },
        });
        rememberWrite(result.data?.recordAttendance);
        return { kind: 'uploaded' };
      } catch (error) {
        if (!CombinedGraphQLErrors.is(error)) return { kind: 'offline' };
        const message = error.errors.map((problem) => problem.message).join(' ');
        const retryable = error.errors.some(
          (problem) => problem.extensions?.['retryable'] === true || RETRYABLE.has(String(problem.extensions?.['code'] ?? '')),
        );
        return retryable ? { kind: 'retry', message } : { kind: 'refused', message };
      }
    },
    [client],
  );

  const sync = useCallback(async () => {
    if (!navigator.onLine || !accountId) return;
    // A tap during an upload is sent right after it, in a batch of its own.
    while (running) await running.catch(() => undefined);
    setUploading(true);
    const attempt = (async () => {
      const db = await fieldStore();
      return syncOnce(db, accountId, upload);
    })();
    running = attempt;
    try {
      const summary = await attempt;
      if (summary.uploaded > 0) uploaded.current();
    } catch {
      // The store is unavailable (private mode): nothing to send.
    } finally {
      running = null;
      setUploading(false);
      await refresh();
    }
  }, [accountId, upload, refresh]);

  useEffect(() => {
    void refresh().then(sync);
    const goneOnline = () => {
      setOnline(true);
      void sync();
    };
    const goneOffline = () => setOnline(false);
    window.addEventListener('online', goneOnline);
    window.addEventListener('offline', goneOffline);
    const timer = window.setInterval(() => void sync(), SYNC_EVERY_MS);
    return () => {
      window.removeEventListener('online', goneOnline);
      window.removeEventListener('offline', goneOffline);
      window.clearInterval(timer);
    };
  }, [refresh, sync]);

  const tap = useCallback(
    async (volunteerId: string, kind: AttendanceKind) => {
      await recordCheck(await fieldStore(), { accountId, shiftId, volunteerId, kind });
      await refresh();
      void sync();
    },
    [accountId, shiftId, refresh, sync],
  );

  const retry = useCallback(
    async (batchId: string) => {
      await retryBatch(await fieldStore(), batchId);
      await refresh();
      void sync();
    },
    [refresh, sync],
  );

  const discard = useCallback(
    async (batchId: string) => {
      await discardBatch(await fieldStore(), batchId);
      await refresh();
    },
    [refresh],
  );

  return { records, status, uploading, online, tap, syncNow: () => void sync(), retry, discard };
}

import { defineProjection } from '@tn/shared-event-bus';

/** The registry's event for a session that ended (its account contracts); revoking a role or closing an account ends every open session in the same commit. */
const SESSION_ENDED = 'SessionEnded';

export interface EndedSessionRow {
  accountId: string;
  sessionId: string;
  endedAt: string;
}

export const endedSessionIdOf = (accountId: string, sessionId: string) => `${accountId}:${sessionId}`;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Sessions the registry has ended (sign-out, password change, role revoked, account closed: ADR
 * 0008), under the service's own name and collection. One document per ended session: an ended
 * session never starts again, so the documents are facts that need no order among themselves
 * (`contiguous: false`: each sees one event), and an event redriven late from the dead letters
 * still lands. Nothing personal is kept (account ids are hashes; the username stays in the registry).
 */
export const endedSessionsProjectionOf = (name: string, collection: string) =>
  defineProjection<EndedSessionRow>({
    name,
    collection,
    handles: [SESSION_ENDED],
    contiguous: false,
    documentId: (event) => {
      const { accountId, sessionId } = event.data as Record<string, unknown>;
      return text(accountId) && text(sessionId) ? endedSessionIdOf(text(accountId), text(sessionId)) : undefined;
    },
    evolve: (_row, event) => {
      const data = event.data as Record<string, unknown>;
      return { accountId: text(data['accountId']), sessionId: text(data['sessionId']), endedAt: text(data['endedAt']) };
    },
  });

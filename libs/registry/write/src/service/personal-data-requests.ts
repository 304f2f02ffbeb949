import { randomUUID } from 'node:crypto';
import type { RevealedSlot, SubjectErasure, UnreadableEnvelope } from '@tn/registry-contracts';
import {
  type AccountCommand,
  accountDecider,
  type AccountEvent,
  type AccountState,
  forbiddenError,
  notFoundError,
  vietnamDateOf,
  type VolunteerCommand,
  volunteerDecider,
  type VolunteerEvent,
  type VolunteerState,
} from '@tn/registry-domain';
import { type EventEnvelope, streamIdOf } from '@tn/shared-event-contracts';
import { CommandHandler, type MongoEventStore, type PersonalDataEraser } from '@tn/shared-event-store';
import { type AccessClaims, allows, type Permission, personalFieldsShown } from '@tn/shared-auth';
import type { HierarchyView } from './hierarchy-view';
import { type AccountOf, liveClaims } from './live-claims';

/**
 * Whether an error of revealing one event means its personal data cannot be decrypted, ever
 * (damaged ciphertext, a key that does not open it, a value that is not ours), rather than a
 * failure that may pass (the store unreachable), which fails the whole request instead.
 */
export function isUnreadableError(error: unknown): boolean {
  // Duck-typed: errors from Node's crypto need not be instances of this realm's Error.
  if (typeof error !== 'object' || error === null) return false;
  const { code, message, name } = error as { code?: unknown; message?: unknown; name?: unknown };
  return (
    (typeof code === 'string' && code.startsWith('ERR_CRYPTO_')) ||
    // AES-GCM authentication failure (no code in Node.js): a wrong key or a tampered value.
    (typeof message === 'string' &&
      /unable to authenticate data|bad decrypt|unknown personal-data encoding|invalid key length|invalid iv length/i.test(message)) ||
    // The decrypted bytes are not the JSON that was encrypted.
    name === 'SyntaxError'
  );
}

/** Everything the registry holds about one person, for a subject-access request. */
export interface SubjectExport {
  subjectId: string;
  generatedAt: string;
  streams: { streamId: string; events: { type: string; occurredAt: string; recordedAt: string; data: Record<string, unknown> }[] }[];
}

/**
 * The data subject's rights (domain.md §8) and the gateway's decryption of projected events.
 * Each request is authorised here against the person's home unit, whatever the gateway did.
 */
export class PersonalDataRequests {
  private readonly volunteers: CommandHandler<VolunteerCommand, VolunteerEvent, VolunteerState>;
  private readonly accounts: CommandHandler<AccountCommand, AccountEvent, AccountState>;

  constructor(
    private readonly store: MongoEventStore,
    private readonly eraser: PersonalDataEraser,
    private readonly view: HierarchyView,
    private readonly accountOf: AccountOf,
  ) {
    this.volunteers = new CommandHandler(store, { decider: volunteerDecider, streamType: 'volunteer' });
    this.accounts = new CommandHandler(store, { decider: accountDecider, streamType: 'account' });
  }

  /**
   * Decrypt projected events for a trusted service (the gateway's read models), one slot per
   * envelope in order. An event that cannot be decrypted comes back as an UnreadableEnvelope in
   * its slot (retrying would not help); any other failure fails the request, to be retried.
   */
  async reveal(claims: AccessClaims, envelopes: EventEnvelope[]): Promise<RevealedSlot[]> {
    if (claims.kind !== 'service') throw forbiddenError('FORBIDDEN', 'only platform services may decrypt events');
    return Promise.all(
      envelopes.map(async (envelope): Promise<RevealedSlot> => {
        try {
          return await this.store.reveal(envelope);
        } catch (error) {
          if (!isUnreadableError(error)) throw error;
          const unreadable: UnreadableEnvelope = { __unreadable: true, eventId: String(envelope?.eventId), reason: 'PD.UNREADABLE' };
          return unreadable;
        }
      }),
    );
  }

  async export(token: AccessClaims, subjectId: string, now = new Date()): Promise<SubjectExport> {
    const claims = await liveClaims(token, this.accountOf);
    await this.requireRight(claims, subjectId, 'volunteers:read-personal', now);
    // The export follows the field rights of reads; the person themself gets everything.
    const shown = claims.personId === subjectId ? undefined : await this.fieldsShown(claims, subjectId, now);
    const streams: SubjectExport['streams'] = [];
    for (const streamId of [streamIdOf('volunteer', subjectId), streamIdOf('cadre', subjectId)]) {
      const { events } = await this.store.readStream(streamId);
      if (events.length === 0) continue;
      streams.push({
        streamId,
        events: events.map(({ type, occurredAt, recordedAt, data }) => ({
          type,
          occurredAt,
          recordedAt,
          data: shown ? this.withFieldsShown(type, data, shown) : data,
        })),
      });
    }
    if (streams.length === 0) throw notFoundError('VOLUNTEER.NOT_FOUND', 'nothing is held about this person');
    return { subjectId, generatedAt: now.toISOString(), streams };
  }

  async erase(token: AccessClaims, subjectId: string, now = new Date()): Promise<SubjectErasure> {
    const claims = await liveClaims(token, this.accountOf);
    await this.requireRight(claims, subjectId, 'personal-data:erase', now);
    const metadata = {
      actor: { kind: 'account' as const, id: claims.sub },
      correlationId: randomUUID(),
      causationId: randomUUID(),
      occurredAt: now.toISOString(),
    };
    // The person's accounts go with them: closed (no more sign-in) and their usernames shredded.
    const closedAccounts: SubjectErasure['closedAccounts'] = [];
    for (const accountId of await this.accountsOfPerson(subjectId)) {
      const { state } = await this.accounts.load(streamIdOf('account', accountId));
      if (state.opened && !state.closed) {
        const closed = await this.accounts.handle({
          streamId: streamIdOf('account', accountId),
          command: { type: 'CloseAccount', accountId, closedOn: vietnamDateOf(now.toISOString()), closedAt: now.toISOString() },
          commandId: `erase-close:${accountId}`,
          metadata,
        });
        // The gateway refuses the account's tokens at once, before its read model shows the closing.
        closedAccounts.push({ accountId, streamId: closed.streamId, version: closed.version });
      }
      await this.eraser.erase(accountId, metadata);
    }
    const result = await this.eraser.erase(subjectId, metadata);
    return { streamId: result.streamId, version: result.toVersion, closedAccounts };
  }

  /** The accounts linked to a person (their first commit opens them, naming the person). */
  private async accountsOfPerson(personId: string): Promise<string[]> {
    const firsts = await this.store.commits.find({ streamType: 'account', fromVersion: 1 }, { projection: { events: 1 } }).toArray();
    return firsts.flatMap((commit) =>
      commit.events.filter((event) => event.type === 'AccountOpened' && event.data['personId'] === personId).map((event) => String(event.data['accountId'])),
    );
  }

  private async fieldsShown(claims: AccessClaims, subjectId: string, now: Date): Promise<readonly string[]> {
    const { state } = await this.volunteers.load(streamIdOf('volunteer', subjectId));
    await this.view.refresh();
    return personalFieldsShown(claims.grants, this.view.lineageOf(state.homeUnitId, vietnamDateOf(now.toISOString())));
  }

  /** An event's data without the personal fields (its type declares them) the caller may not see. */
  private withFieldsShown(type: string, data: Record<string, unknown>, shown: readonly string[]): Record<string, unknown> {
    const personal = this.store.registry.get(type).personalData?.fields ?? [];
    return Object.fromEntries(Object.entries(data).filter(([field]) => !personal.includes(field) || shown.includes(field)));
  }

  /**
   * The person themself, or someone with the right over their home unit (today, in Vietnam).
   * Only someone with the right everywhere learns that no such person is held: anyone else
   * hears FORBIDDEN, as for a person not theirs (no existence oracle).
   */
  private async requireRight(claims: AccessClaims, subjectId: string, permission: Permission, now: Date): Promise<void> {
    if (claims.personId === subjectId && permission !== 'personal-data:erase') return;
    const { state } = await this.volunteers.load(streamIdOf('volunteer', subjectId));
    if (!state.registered) {
      if (!allows(claims.grants, permission, [])) throw forbiddenError('FORBIDDEN', `not allowed to ${permission} for this person`);
      throw notFoundError('VOLUNTEER.NOT_FOUND', 'no such volunteer');
    }
    await this.view.refresh();
    if (!allows(claims.grants, permission, this.view.lineageOf(state.homeUnitId, vietnamDateOf(now.toISOString())))) {
      throw forbiddenError('FORBIDDEN', `not allowed to ${permission} for this person`);
    }
  }
}

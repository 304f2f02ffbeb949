import { HeaderMap } from '@apollo/server';
import { CommandClient } from '@tn/shared-event-sourcing-nest';
import type { CommandReply } from '@tn/shared-event-contracts';
import { apiError, fromCommandReplyError, type Language } from '@tn/gateway-graphql-kit';
import { type AdmissionOptions, type AdmissionOutcome, CommandAdmission } from './command-admission';
import { CommandPathProbe } from './command-path-probe';
import type { ConsistencyTokens } from './consistency-tokens';
import { IDEMPOTENCY_KEY_HEADER, nextCommandId } from './idempotency';
import type { RequestUser } from './request-user';

/** A decided command as the API returns it. */
export interface CommandOutcome {
  streamId: string;
  version: number;
  consistencyToken: string;
}

export interface ServiceClientOptions {
  /** The service's context name with the deployment's topic prefix. */
  context: string;
  brokers: string[];
  clientId: string;
  replyGroupId: string;
  timeoutMs?: number;
  /** Request/reply topics besides the command topic (sign-in, reveal, exports). */
  requestTopics?: string[];
  /** The shared auth secret: command payloads are sealed with it (they may hold personal data). */
  sealingSecret: Buffer;
  /** Load shedding settings (ADR 0013); the defaults suit one gateway in front of one service. */
  admission?: Partial<AdmissionOptions>;
  /** How often the command path is pinged for platformStatus (ms, default 5 000). */
  probeIntervalMs?: number;
  /** Signs the consistency token of each decided command. */
  tokens: ConsistencyTokens;
}

/**
 * The gateway's side of one service: commands (and requests) over Kafka request/reply. It
 * connects in the background, retrying until Kafka answers; a typed refusal becomes a
 * localised GraphQL error with the service's stable code and field.
 */
export class ServiceClient {
  private client?: CommandClient;
  private connecting?: Promise<void>;
  private closing = false;
  /** Commands to the service over what it can answer within the latency target are refused early. */
  readonly admission: CommandAdmission;
  /** The command path's last round trip, for platformStatus and readiness. */
  readonly probe: CommandPathProbe;

  constructor(protected readonly options: ServiceClientOptions) {
    this.admission = new CommandAdmission(options.admission);
    this.probe = new CommandPathProbe(
      (timeoutMs) => (this.client ? this.client.ping(options.context, timeoutMs) : Promise.reject(new Error('not connected'))),
      {
        intervalMs: options.probeIntervalMs,
      },
    );
  }

  get connected(): boolean {
    return this.client !== undefined;
  }

  /** Why replies are not being read now (the reply consumer is out of its group), if so. */
  get repliesStalled(): string | undefined {
    const replies = this.client?.replies;
    return replies && !replies.subscribed ? (replies.lostBecause ?? 'reply consumer not in its group') : undefined;
  }

  /** Connect (retrying until Kafka answers); commands wait for it. */
  connect(): Promise<void> {
    this.connecting ??= (async () => {
      for (let attempt = 0; !this.closing; attempt++) {
        const { context, ...clientOptions } = this.options;
        const client = new CommandClient([context], clientOptions);
        try {
          await client.connect();
          if (this.closing) {
            await client.close();
            return;
          }
          this.client = client;
          this.probe.start();
          client.onRepliesGivenUp(() => this.reconnect(client));
          return;
        } catch {
          await client.close().catch(() => undefined);
          await new Promise((resolve) => setTimeout(resolve, Math.min(5000, 250 * 2 ** Math.min(attempt, 5))).unref());
        }
      }
    })();
    return this.connecting;
  }

  /**
   * The reply consumer crashed for good (kafkajs does not restart it after a non-retriable
   * error): without it no reply is read, so drop this client and connect a new one.
   */
  private reconnect(dead: CommandClient): void {
    if (this.closing || this.client !== dead) return;
    this.client = undefined;
    this.connecting = undefined;
    void dead.close().catch(() => undefined);
    void this.connect();
  }

  /** Stop connecting (a shutdown right after start must not leave a consumer behind). */
  async close(): Promise<void> {
    this.closing = true;
    this.probe.stop();
    await this.connecting?.catch(() => undefined);
    await this.client?.close();
    this.client = undefined;
  }

  protected async ready(language: Language): Promise<CommandClient> {
    if (this.client) return this.client;
    const timedOut = await Promise.race([this.connect().then(() => false), new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 5000).unref())]);
    if (timedOut || !this.client) throw apiError({ code: 'SERVICE_UNAVAILABLE' }, language);
    return this.client;
  }

  /**
   * Sends one command and waits for its reply. Its id comes from the request's Idempotency-Key
   * when there is one (a repeat is answered with the first attempt's result by the event store),
   * unless the resolver gives a deterministic id of its own. A reply that does not come in time
   * leaves the outcome unknown: the command may still be applied.
   */
  async command(type: string, payload: object, user: RequestUser, language: Language, commandId?: string): Promise<CommandOutcome> {
    const id = commandId ?? nextCommandId(user.idempotency, user.claims.sub, language);
    const client = await this.ready(language);
    const permit = await this.admission.acquire();
    if (!permit) throw busy(this.admission.retryAfterSeconds(), language);
    let outcome: AdmissionOutcome = 'not-sent';
    let reply: CommandReply;
    try {
      reply = await client
        .send(this.options.context, { type, payload, actor: { kind: 'account', id: user.claims.sub }, credentials: user.token, commandId: id })
        .catch((error: unknown) => {
          const name = (error as Error | undefined)?.name ?? '';
          // Kafka refused to take it: it never reached the service.
          if (name.startsWith('KafkaJS')) throw apiError({ code: 'SERVICE_UNAVAILABLE' }, language);
          // No reply in time, or the service failed while handling it (Nest's error reply): it may be applied.
          outcome = name === 'TimeoutError' ? 'late' : 'replied';
          throw outcomeUnknown(user.idempotency?.key !== undefined, language);
        });
      // A command the service dropped as past its deadline had waited too long in its queue: overload.
      outcome = !reply.ok && reply.error.code === 'COMMAND.DEADLINE_EXCEEDED' ? 'late' : 'replied';
    } finally {
      this.admission.release(permit, outcome);
    }
    if (!reply.ok) throw fromCommandReplyError(reply.error, language);
    return { streamId: reply.streamId, version: reply.version, consistencyToken: this.consistencyTokenOf(reply.streamId, reply.version) };
  }

  /** The token of a write this service decided (for results that do not come from `command`). */
  consistencyTokenOf(streamId: string, version: number): string {
    return this.options.tokens.tokenOf(streamId, version);
  }
}

/** Shed: the service is answering slower than its target, so this command was not sent at all. */
export const busy = (retryAfterSeconds: number, language: Language) =>
  apiError(
    {
      code: 'GATEWAY.BUSY',
      details: { retryAfterSeconds },
      extensions: { retryable: true, retryAfterSeconds },
      // An execution error, so HTTP 200 like the others; the header tells plain HTTP clients when.
      http: { headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    },
    language,
  );

/** No reply in time: the command may have been applied. Retrying is safe only under the same key. */
export const outcomeUnknown = (keySent: boolean, language: Language) =>
  apiError(
    {
      code: 'COMMAND.OUTCOME_UNKNOWN',
      details: keySent ? { sameKeyHeader: IDEMPOTENCY_KEY_HEADER } : { missingKeyHeader: IDEMPOTENCY_KEY_HEADER },
      extensions: { retryable: true },
    },
    language,
  );

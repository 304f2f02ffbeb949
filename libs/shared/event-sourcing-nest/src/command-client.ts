import { randomUUID } from 'node:crypto';
import { ClientKafka } from '@nestjs/microservices';
import { Kafka, logLevel } from 'kafkajs';
import { ensureTopics, TRANSIENT_TOPIC_RETENTION_MS } from '@tn/shared-event-bus';
import { firstValueFrom, timeout } from 'rxjs';
import { type Actor, type CommandEnvelope, type CommandReply, commandTopicOf, PING_COMMAND_TYPE } from '@tn/shared-event-contracts';
import { COMMAND_SESSION_TIMEOUT_MS, type ConsumerMembership, followConsumerMembership } from './command-consumer-membership';
import { openedReplyResult, sealedEnvelope, sealedRequest } from './command-credentials';
import { deadlineAfter } from './command-deadline';

export interface SendCommandInput<Payload extends object> {
  type: string;
  payload: Payload;
  actor: Actor;
  /** Give the client's id to make a retried request idempotent; one is made up otherwise. */
  commandId?: string;
  correlationId?: string;
  unitScope?: string;
  /** When the user acted (defaults to now). */
  issuedAt?: string;
  /** The actor's access token (the service checks it again). */
  credentials?: string;
}

/** A request's reply with its sealed result opened. */
export type RequestReply<Result> = { ok: true; result: Result } | { ok: false; error: { kind: string; code: string; message: string; field?: string } };

/**
 * Sends commands to the contexts that own them over Kafka request/reply and returns the
 * decision (the gateway's side of the command path).
 */
export class CommandClient {
  private readonly client: ClientKafka;
  private readonly timeoutMs: number;
  /** Whether the reply consumer is in its group: out of it, replies are not read (they wait in the topic). */
  readonly replies: ConsumerMembership = { subscribed: false };
  private givenUp: (error: Error) => void = () => undefined;

  constructor(
    private readonly contexts: readonly string[],
    private readonly options: {
      clientId: string;
      brokers: string[];
      replyGroupId: string;
      timeoutMs?: number;
      /** Other request/reply topics of the contexts (sign-in, reveal, exports). */
      requestTopics?: string[];
      /** The shared secret to seal command payloads with (they may hold personal data); services refuse unsealed ones. */
      sealingSecret: Buffer;
    },
  ) {
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.client = new ClientKafka({
      client: { clientId: options.clientId, brokers: options.brokers },
      // A short session, as for command consumers: after a broker restart the group waits for the
      // previous member's session to end before it takes the new one, and no reply is read meanwhile.
      consumer: { groupId: options.replyGroupId, sessionTimeout: COMMAND_SESSION_TIMEOUT_MS, heartbeatInterval: 3_000 },
      producer: { allowAutoTopicCreation: true },
    });
    for (const topic of this.topics()) this.client.subscribeToResponseOf(topic);
  }

  private topics(): string[] {
    return [...this.contexts.map(commandTopicOf), ...(this.options.requestTopics ?? [])];
  }

  /** Create the command and reply topics if needed (subscribing to a missing topic fails), then connect. */
  async connect(): Promise<void> {
    const kafka = new Kafka({ clientId: `${this.options.clientId}-setup`, brokers: this.options.brokers, logLevel: logLevel.WARN });
    const topics = this.topics().flatMap((topic) => [topic, `${topic}.reply`]);
    await ensureTopics(kafka, topics, { partitions: 1, keepForever: false, retentionMs: TRANSIENT_TOPIC_RETENTION_MS });
    await this.client.connect();
    // connect() returns once the reply consumer has joined its group; its events tell from then on.
    this.replies.subscribed = true;
    followConsumerMembership(this.client.consumer, this.replies, (error) => this.givenUp(error));
  }

  /** Told when the reply consumer crashed and kafkajs will not restart it: this client reads no reply any more. */
  onRepliesGivenUp(listener: (error: Error) => void): void {
    this.givenUp = listener;
  }

  close(): Promise<void> {
    return this.client.close();
  }

  /**
   * A request on one of the `requestTopics`. The whole body is sealed (it may hold credentials,
   * usernames, refresh tokens) and so is the reply's result, bound to this request's id: a
   * sealed result meant for another request is refused (an error is thrown).
   */
  async request<Result>(topic: string, body: object): Promise<RequestReply<Result>> {
    if (!this.options.requestTopics?.includes(topic)) throw new Error(`no reply subscription for ${topic}`);
    // The deadline is sealed with the body: the service drops the request once we have stopped waiting.
    const wire = sealedRequest({ ...body, deadline: deadlineAfter(this.timeoutMs) }, this.options.sealingSecret);
    const reply = await firstValueFrom(
      this.client.send<{ ok: true; sealedResult: string } | Extract<RequestReply<Result>, { ok: false }>, object>(topic, wire).pipe(timeout(this.timeoutMs)),
    );
    if (!reply.ok) return reply;
    const result =
      typeof reply.sealedResult === 'string' ? openedReplyResult<Result>(reply.sealedResult, wire.requestId, this.options.sealingSecret) : undefined;
    if (result === undefined) throw new Error(`the reply on ${topic} was not sealed for this request`);
    return { ok: true, result };
  }

  /**
   * A round trip through the context's command path (see PING_COMMAND_TYPE): resolves with the
   * service's readiness, rejects (TimeoutError) when no reply comes within `timeoutMs`.
   */
  async ping(context: string, timeoutMs: number): Promise<string> {
    const reply = await this.send(context, { type: PING_COMMAND_TYPE, payload: {}, actor: { kind: 'system', id: this.options.clientId } }, timeoutMs);
    if (!reply.ok) throw new Error(`ping refused: ${reply.error.code}`);
    return reply.serviceHealth ?? 'unknown';
  }

  async send<Payload extends object>(context: string, input: SendCommandInput<Payload>, timeoutMs = this.timeoutMs): Promise<CommandReply> {
    if (!this.contexts.includes(context)) throw new Error(`no reply subscription for context ${context}`);
    const envelope: CommandEnvelope<Payload> = {
      commandId: input.commandId ?? randomUUID(),
      type: input.type,
      payload: input.payload,
      actor: input.actor,
      correlationId: input.correlationId ?? randomUUID(),
      issuedAt: input.issuedAt ?? new Date().toISOString(),
      ...(input.unitScope ? { unitScope: input.unitScope } : {}),
      ...(input.credentials ? { credentials: input.credentials } : {}),
      // Past this we stop waiting, so the service drops the command unexecuted (a retry with the same id is then safe).
      deadline: deadlineAfter(timeoutMs),
    };
    // Sealed, the payload (names, birth dates, phones…) and the access token are not in clear in Kafka's logs.
    const sealed = sealedEnvelope(envelope, this.options.sealingSecret);
    return firstValueFrom(this.client.send<CommandReply, CommandEnvelope<Payload>>(commandTopicOf(context), sealed).pipe(timeout(timeoutMs)));
  }
}

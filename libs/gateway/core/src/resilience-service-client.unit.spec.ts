import type { CommandClient } from '@tn/shared-event-sourcing-nest';
import type { CommandReply } from '@tn/shared-event-contracts';
import type { ApiError, Language } from '@tn/gateway-graphql-kit';
import type { RequestUser } from './request-user';
import { AuthSecret } from './auth-secret';
import { ConsistencyTokens } from './consistency-tokens';
import { ServiceClient } from './service-client';

/** A ServiceClient whose Kafka client answers as the test says. */
class ServiceClientOver extends ServiceClient {
  constructor(private readonly send: () => Promise<CommandReply>) {
    super({
      context: 'registry',
      brokers: [],
      clientId: 'test',
      replyGroupId: 'test',
      sealingSecret: Buffer.alloc(32),
      tokens: new ConsistencyTokens(new AuthSecret(Buffer.alloc(32))),
      admission: { initialLimit: 4, maxQueueWaitMs: 0 },
    });
  }
  protected override async ready(_language: Language): Promise<CommandClient> {
    return { send: this.send } as unknown as CommandClient;
  }
}

const user: RequestUser = { claims: { sub: 'acc-1' } as RequestUser['claims'], token: 't', idempotency: { key: 'k-1', commandsSent: 0, idsMade: 0 } };
const codeOf = async (promise: Promise<unknown>) => ((await promise.catch((error: ApiError) => error)) as ApiError).extensions['code'];
const named = (name: string) => Object.assign(new Error(name), { name });

// Issue 11: every way a command can end gives its admission slot back, and says truthfully
// whether it may have been applied.
describe('ServiceClient.command (admission and outcomes)', () => {
  it.each([
    ['a reply', async () => ({ ok: true, streamId: 's', version: 1, position: 1, eventTypes: [], duplicate: false }) as CommandReply, undefined],
    ['a refusal', async () => ({ ok: false, error: { kind: 'validation', code: 'UNIT.CYCLE', message: 'm' } }) as CommandReply, 'UNIT.CYCLE'],
    ['a reply timeout (may be applied)', () => Promise.reject(named('TimeoutError')), 'COMMAND.OUTCOME_UNKNOWN'],
    ["the service's error reply (it was handled: may be applied)", () => Promise.reject(new Error('Internal server error')), 'COMMAND.OUTCOME_UNKNOWN'],
    ['Kafka refusing it (never sent)', () => Promise.reject(named('KafkaJSNonRetriableError')), 'SERVICE_UNAVAILABLE'],
    [
      'a late drop by the service',
      async () => ({ ok: false, error: { kind: 'concurrency', code: 'COMMAND.DEADLINE_EXCEEDED', message: 'm' } }) as CommandReply,
      'COMMAND.DEADLINE_EXCEEDED',
    ],
  ])('gives the slot back after %s', async (_case, send, code) => {
    const client = new ServiceClientOver(send);
    const result = client.command('CreateUnit', {}, { ...user, idempotency: { key: 'k-1', commandsSent: 0, idsMade: 0 } }, 'en');
    if (code === undefined) await expect(result).resolves.toMatchObject({ streamId: 's', version: 1 });
    else expect(await codeOf(result)).toBe(code);
    expect(client.admission.snapshot()).toMatchObject({ inFlight: 0, queued: 0 });
  });

  it('cuts its limit on a timeout or a late drop, not when Kafka refused to take the command', async () => {
    const timedOut = new ServiceClientOver(() => Promise.reject(named('TimeoutError')));
    await timedOut.command('CreateUnit', {}, user, 'en').catch(() => undefined);
    expect(timedOut.admission.snapshot().limit).toBe(3);
    const refused = new ServiceClientOver(() => Promise.reject(named('KafkaJSConnectionError')));
    await refused.command('CreateUnit', {}, user, 'en').catch(() => undefined);
    expect(refused.admission.snapshot().limit).toBe(4);
  });

  it('refuses a command over the limit with GATEWAY.BUSY and never sends it', async () => {
    let sent = 0;
    const pending: ((reply: CommandReply) => void)[] = [];
    const client = new ServiceClientOver(() => {
      sent++;
      return new Promise((resolve) => pending.push(resolve));
    });
    const first = Array.from({ length: 4 }, () => client.command('CreateUnit', {}, { ...user, idempotency: undefined }, 'en'));
    const busy = await client.command('CreateUnit', {}, { ...user, idempotency: undefined }, 'en').catch((error: ApiError) => error);
    expect((busy as ApiError).extensions).toMatchObject({ code: 'GATEWAY.BUSY', retryable: true, retryAfterSeconds: 1 });
    expect(sent).toBe(4);
    pending.forEach((resolve) => resolve({ ok: true, streamId: 's', version: 1, position: 1, eventTypes: [], duplicate: false }));
    await Promise.all(first);
    expect(client.admission.snapshot()).toMatchObject({ inFlight: 0, shed: 1 });
  });
});

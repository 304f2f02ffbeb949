import { TimeoutError } from 'rxjs';
import type { CommandClient } from '@tn/shared-event-sourcing-nest';
import { ApiError, type Language } from '@tn/gateway-graphql-kit';
import { IDEMPOTENCY_KEY_HEADER, idempotencyScopeOf, nextCommandId, nextEntityId } from './idempotency';
import type { RequestUser } from './request-user';
import { AuthSecret } from './auth-secret';
import { ConsistencyTokens } from './consistency-tokens';
import { ServiceClient } from './service-client';

/** A service client whose Kafka side fails the way it is told to, recording the command ids it sent. */
class FailingServiceClient extends ServiceClient {
  readonly sent: string[] = [];
  constructor(private readonly failure: Error) {
    super({
      context: 'registry',
      brokers: [],
      clientId: 'test',
      replyGroupId: 'test',
      sealingSecret: Buffer.alloc(32),
      tokens: new ConsistencyTokens(new AuthSecret(Buffer.alloc(32))),
    });
  }
  protected override async ready(_language: Language): Promise<CommandClient> {
    return {
      send: async (_context: string, input: { commandId: string }) => {
        this.sent.push(input.commandId);
        throw this.failure;
      },
    } as unknown as CommandClient;
  }
}

const mutation = { query: 'mutation { createUnit(input: {}) { id } }' };
const userWith = (header?: string, sub = 'account-1'): RequestUser => {
  const idempotency = idempotencyScopeOf(header, mutation);
  return { claims: { sub } as RequestUser['claims'], token: 't', ...(idempotency ? { idempotency } : {}) };
};

async function errorOf(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    return error as ApiError;
  }
  throw new Error('expected a refusal');
}

describe('a command whose reply does not come in time (issue 11)', () => {
  it('answers COMMAND.OUTCOME_UNKNOWN, retryable, saying a retry with the same key is safe', async () => {
    const error = await errorOf(new FailingServiceClient(new TimeoutError()).command('CreateUnit', {}, userWith('order-42'), 'en'));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.extensions).toMatchObject({ code: 'COMMAND.OUTCOME_UNKNOWN', retryable: true });
    expect(error.message).toBe(
      'No answer came in time, so whether the change was made is unknown. Sending it again with the same Idempotency-Key is safe: the change is made at most once.',
    );
    expect(error.messageIn('vi')).toMatch(/cùng Idempotency-Key là an toàn/);
  });

  it('warns, when no key was sent, that sending it again may make the change twice', async () => {
    const error = await errorOf(new FailingServiceClient(new TimeoutError()).command('CreateUnit', {}, userWith(), 'en'));
    expect(error.extensions).toMatchObject({ code: 'COMMAND.OUTCOME_UNKNOWN', retryable: true });
    expect(error.message).toMatch(/had no Idempotency-Key: sending it again may make the change twice/);
    expect(error.message).not.toMatch(/is safe/);
  });

  it('still answers SERVICE_UNAVAILABLE when the command could not be sent', async () => {
    // What kafkajs throws when the broker is down: the producer never handed the command over.
    const brokerDown = Object.assign(new Error('Connection error: connect ECONNREFUSED'), { name: 'KafkaJSNonRetriableError' });
    const error = await errorOf(new FailingServiceClient(brokerDown).command('CreateUnit', {}, userWith('order-42'), 'en'));
    expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  });
});

describe('command and entity ids from an Idempotency-Key', () => {
  it('names the command after the account and the key, the same on every retry', async () => {
    const client = new FailingServiceClient(new TimeoutError());
    await errorOf(client.command('CreateUnit', {}, userWith('order-42'), 'en'));
    await errorOf(client.command('CreateUnit', {}, userWith('order-42'), 'en'));
    await errorOf(client.command('CreateUnit', {}, userWith('order-42', 'account-2'), 'en'));
    expect(client.sent).toEqual(['idem:account-1:order-42', 'idem:account-1:order-42', 'idem:account-2:order-42']);
  });

  it('keeps a long key within the id grammar by hashing it', () => {
    const id = nextCommandId(idempotencyScopeOf('k'.repeat(128), mutation), 'account-1', 'en');
    expect(id).toMatch(/^idem:[A-Za-z0-9_-]{43}$/);
    expect(nextCommandId(idempotencyScopeOf('k'.repeat(128), mutation), 'account-1', 'en')).toBe(id);
  });

  it('makes the same new entity ids on a retry, different for another account or without a key', () => {
    const ids = (user: RequestUser) => [0, 1].map(() => nextEntityId(user.idempotency, user.claims.sub, 'en'));
    const first = ids(userWith('order-42'));
    expect(ids(userWith('order-42'))).toEqual(first);
    expect(first[0]).not.toBe(first[1]);
    expect(ids(userWith('order-42', 'account-2'))[0]).not.toBe(first[0]);
    expect(ids(userWith())[0]).not.toBe(ids(userWith())[0]);
  });

  it('refuses a key outside the id grammar, and one key over two mutations, naming the header', () => {
    const refusal = (header: string, body: object = mutation) => {
      try {
        nextCommandId(idempotencyScopeOf(header, body), 'account-1', 'en');
      } catch (error) {
        return (error as ApiError).extensions;
      }
      return undefined;
    };
    expect(refusal('../etc')).toMatchObject({ code: 'INPUT.ID_INVALID', field: IDEMPOTENCY_KEY_HEADER });
    expect(refusal('x'.repeat(129))).toMatchObject({ code: 'INPUT.ID_INVALID', field: IDEMPOTENCY_KEY_HEADER });
    expect(refusal('order-42', { query: 'mutation { a: createUnit(input: {}) { id } b: createUnit(input: {}) { id } }' })).toMatchObject({
      code: 'INPUT.IDEMPOTENCY_KEY_ONE_MUTATION',
      field: IDEMPOTENCY_KEY_HEADER,
    });
    expect(refusal('order-42')).toBeUndefined();
  });
});

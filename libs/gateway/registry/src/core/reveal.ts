import { PoisonEventError } from '@tn/shared-event-bus';
import type { EventEnvelope } from '@tn/shared-event-contracts';
import { signAccessToken } from '@tn/shared-auth';
import type { RegistryClient } from './registry-client';

const hasSealedValues = (data: object) => JSON.stringify(data).includes('"__pd"');
const SERVICE_TOKEN_TTL_SECONDS = 300;
/** Bounded so that one reply stays well under Kafka's default message size. */
const MAX_PER_REQUEST = 200;

/**
 * Personal data in the registry's events is encrypted per person and only the registry holds
 * the keys; the gateway's projector asks it to decrypt (as a service, with a short-lived token),
 * a batch at a time. Events without personal data pass untouched. An erased person's values
 * come back as the ERASED marker, which the read models never store.
 */
export function revealThrough(client: RegistryClient, secret: Buffer) {
  let token: { value: string; renewAt: number } | undefined;
  const serviceToken = () => {
    if (!token || Date.now() >= token.renewAt) {
      const value = signAccessToken({ sub: 'gateway', sid: 'gateway', kind: 'service', grants: [] }, secret, new Date(), SERVICE_TOKEN_TTL_SECONDS);
      token = { value, renewAt: Date.now() + (SERVICE_TOKEN_TTL_SECONDS / 2) * 1000 };
    }
    return token.value;
  };

  const revealBatch = async (envelopes: EventEnvelope[]): Promise<EventEnvelope[]> => {
    const result = [...envelopes];
    const sealed = envelopes.map((envelope, index) => ({ envelope, index })).filter(({ envelope }) => hasSealedValues(envelope.data));
    if (sealed.length === 0) return result;
    await client.connect();
    for (let start = 0; start < sealed.length; start += MAX_PER_REQUEST) {
      const chunk = sealed.slice(start, start + MAX_PER_REQUEST);
      const revealed = await client.request<EventEnvelope[]>({ op: 'reveal', credentials: serviceToken(), envelopes: chunk.map((item) => item.envelope) }, 'en');
      if (revealed.length !== chunk.length) throw new Error('the registry revealed a different number of events');
      chunk.forEach((item, i) => {
        // The registry could not decrypt this one (tampered or foreign ciphertext): it goes to
        // the dead letters, alone (the projector retries the batch one event at a time).
        if ((revealed[i] as { __unreadable?: boolean }).__unreadable === true) {
          throw new PoisonEventError(`personal data of event ${item.envelope.eventId} is unreadable (PD.UNREADABLE)`);
        }
        result[item.index] = revealed[i]!;
      });
    }
    return result;
  };

  return {
    revealBatch,
    reveal: async (envelope: EventEnvelope): Promise<EventEnvelope> => (await revealBatch([envelope]))[0]!,
  };
}

import { registryEventTypes } from '@tn/registry-contracts';
import { PoisonEventError } from '@tn/shared-event-bus';
import { type EventEnvelope, isErased } from '@tn/shared-event-contracts';
import { signAccessToken } from '@tn/shared-auth';
import { isEncryptedValue } from '@tn/shared-event-store';
import type { ReadModelCipher } from '@tn/gateway-core';
import type { RegistryClient } from './registry-client';

const hasSealedValues = (data: object) => JSON.stringify(data).includes('"__pd"');
/** Whose personal data each registry event type holds (its subject id field). */
const subjectFieldOf = new Map(
  registryEventTypes.flatMap((definition) => (definition.personalData ? [[definition.type, definition.personalData.subjectField] as const] : [])),
);

/**
 * The revealed event as the read models may keep it: each personal value sealed again with its
 * subject's gateway key (ADR 0011); an erased value (the ERASED marker) is dropped.
 */
async function resealed(cipher: ReadModelCipher, original: EventEnvelope, revealed: EventEnvelope): Promise<EventEnvelope> {
  const subjectField = subjectFieldOf.get(revealed.type);
  const before = original.data as Record<string, unknown>;
  const data = { ...(revealed.data as Record<string, unknown>) };
  const subjectId = subjectField ? data[subjectField] : undefined;
  for (const field of Object.keys(before).filter((name) => isEncryptedValue(before[name]))) {
    const sealed = typeof subjectId === 'string' && !isErased(data[field]) ? await cipher.seal(subjectId, data[field]) : undefined;
    if (sealed === undefined) delete data[field];
    else data[field] = sealed;
  }
  return { ...revealed, data };
}
const SERVICE_TOKEN_TTL_SECONDS = 300;
/** Bounded so that one reply stays well under Kafka's default message size. */
const MAX_PER_REQUEST = 200;

/**
 * Personal data in the registry's events is encrypted per person and only the registry holds
 * the keys; the gateway's projector asks it to decrypt (as a service, with a short-lived token),
 * a batch at a time (the replies come sealed). Events without personal data pass untouched.
 * Personal values reach the read models sealed again with the gateway's key of their subject;
 * an erased person's values come back as the ERASED marker and are dropped.
 */
export function revealThrough(client: RegistryClient, secret: Buffer, cipher: ReadModelCipher) {
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
      const revealed = await client.request<EventEnvelope[]>(
        { op: 'reveal', credentials: serviceToken(), envelopes: chunk.map((item) => item.envelope) },
        'en',
      );
      if (revealed.length !== chunk.length) throw new Error('the registry revealed a different number of events');
      chunk.forEach((item, i) => {
        // The registry could not decrypt this one (tampered or foreign ciphertext): it goes to
        // the dead letters, alone (the projector retries the batch one event at a time).
        if ((revealed[i] as { __unreadable?: boolean }).__unreadable === true) {
          throw new PoisonEventError(`personal data of event ${item.envelope.eventId} is unreadable (PD.UNREADABLE)`, undefined, {
            projection: 'registry reveal (PD.UNREADABLE)',
            eventType: item.envelope.type,
          });
        }
      });
      const kept = await Promise.all(chunk.map((item, i) => resealed(cipher, item.envelope, revealed[i]!)));
      chunk.forEach((item, i) => {
        result[item.index] = kept[i]!;
      });
    }
    return result;
  };

  return {
    revealBatch,
    reveal: async (envelope: EventEnvelope): Promise<EventEnvelope> => (await revealBatch([envelope]))[0]!,
  };
}

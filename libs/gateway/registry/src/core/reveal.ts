import type { EventEnvelope } from '@tn/shared-event-contracts';
import { signAccessToken } from '@tn/shared-auth';
import type { RegistryClient } from './registry-client';

const hasSealedValues = (data: object) => JSON.stringify(data).includes('"__pd"');
const SERVICE_TOKEN_TTL_SECONDS = 300;

/**
 * Personal data in the registry's events is encrypted per person and only the registry holds
 * the keys; the gateway's projector asks it to decrypt (as a service, with a short-lived token).
 * Events without personal data pass untouched. An erased person's values come back as the
 * ERASED marker, which the read models never store.
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
  return async (envelope: EventEnvelope): Promise<EventEnvelope> => {
    if (!hasSealedValues(envelope.data)) return envelope;
    await client.connect();
    const [revealed] = await client.request<EventEnvelope[]>({ op: 'reveal', credentials: serviceToken(), envelopes: [envelope] }, 'en');
    if (!revealed) throw new Error('the registry revealed nothing');
    return revealed;
  };
}

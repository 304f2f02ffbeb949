import { createHash } from 'node:crypto';
import { normaliseUsername } from '@tn/registry-domain';

/**
 * An account's id (and stream key) from its username: a hash, so that usernames, which may be
 * a phone number or an e-mail address, never appear in stream ids; unique because the stream
 * of a taken username already exists.
 */
export const accountIdOf = (username: string) =>
  `acc-${createHash('sha256').update(`tn-account:${normaliseUsername(username)}`).digest('base64url').slice(0, 22).replace(/[-_]/g, 'x')}`;

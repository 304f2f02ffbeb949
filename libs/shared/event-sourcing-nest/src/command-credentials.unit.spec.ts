import { randomBytes } from 'node:crypto';
import { DomainError } from '@tn/shared-decider';
import type { CommandEnvelope } from '@tn/shared-event-contracts';
import { openSecret, sealFor, sealJson, sealSecret } from '@tn/shared-auth';
import { openedEnvelope, openedReplyResult, openedRequest, sealedEnvelope, sealedReplyResult, sealedRequest } from './command-credentials';

const secret = randomBytes(32);
const envelopeOf = (fields: Partial<CommandEnvelope>): CommandEnvelope => ({
  commandId: 'c-1',
  type: 'RegisterVolunteer',
  payload: {},
  actor: { kind: 'account', id: 'a-1' },
  correlationId: 'k-1',
  issuedAt: '2025-01-01T00:00:00.000Z',
  ...fields,
});
const payload = { volunteerId: 'v-1', fullName: 'Giàng Thị Hoa' };
const token = 'eyJ.access-token-of-a-1.sig';

describe('openedEnvelope (sealed command payloads)', () => {
  it('opens a payload and token sealed with the shared secret, neither readable on the wire', () => {
    const sealed = sealedEnvelope(envelopeOf({ payload, credentials: token }), secret);
    expect(JSON.stringify(sealed)).not.toContain('Hoa');
    expect(JSON.stringify(sealed)).not.toContain(token);
    const opened = openedEnvelope(sealed, secret);
    expect(opened.payload).toEqual(payload);
    expect(opened.credentials).toBe(token);
    expect(opened).not.toHaveProperty('sealedPayload');
  });

  it('refuses an unsealed payload: personal data never crosses Kafka in clear', () => {
    const plain = envelopeOf({ payload });
    expect(() => openedEnvelope(plain, secret)).toThrow(expect.objectContaining({ code: 'COMMAND.NOT_SEALED' }));
  });

  it('refuses a payload sealed with another secret, or altered', () => {
    const foreign = sealedEnvelope(envelopeOf({ payload }), randomBytes(32));
    const good = sealedEnvelope(envelopeOf({ payload }), secret);
    const altered = { ...good, sealedPayload: `${good.sealedPayload!.slice(0, -3)}AAA` };
    for (const envelope of [foreign, altered]) {
      expect(() => openedEnvelope(envelope, secret)).toThrow(DomainError);
      expect(() => openedEnvelope(envelope, secret)).toThrow('not sealed by a trusted gateway');
    }
  });

  it('refuses a sealed payload moved into another envelope: other command id, type, actor, time, unit scope or deadline', () => {
    const captured = sealedEnvelope(envelopeOf({ payload, credentials: token, deadline: '2025-01-01T00:00:15.000Z' }), secret);
    const moved = [
      { ...captured, commandId: 'c-2' },
      { ...captured, type: 'EraseVolunteerPersonalData' },
      { ...captured, actor: { kind: 'account' as const, id: 'a-2' } },
      { ...captured, actor: { kind: 'system' as const, id: 'a-1' } },
      // Re-dated: the envelope's time is the command's business time (a sign-up before the shift).
      { ...captured, issuedAt: '2024-12-31T23:59:00.000Z' },
      { ...captured, unitScope: 'another-unit' },
      // The deadline can be neither extended nor stripped: a late command stays dropped.
      { ...captured, deadline: '2025-01-01T01:00:00.000Z' },
      { ...captured, deadline: undefined },
    ];
    for (const envelope of moved) {
      expect(() => openedEnvelope(envelope, secret)).toThrow(expect.objectContaining({ code: 'COMMAND.SEALED_PAYLOAD_INVALID' }));
    }
    expect(openedEnvelope(captured, secret).payload).toEqual(payload);
  });

  it('takes the token only from the sealed part: one in clear beside it is ignored', () => {
    const sealed = sealedEnvelope(envelopeOf({ payload }), secret);
    expect(openedEnvelope({ ...sealed, credentials: 'forged' }, secret)).not.toHaveProperty('credentials');
  });

  it('refuses a payload sealed for another purpose (a password, a request, a reply) or without the binding', () => {
    // type|id|actor|issuedAt|unitScope|deadline
    const binding = 'RegisterVolunteer|c-1|account:a-1|2025-01-01T00:00:00.000Z||';
    for (const purpose of ['password', 'request', 'reply'] as const) {
      const envelope = envelopeOf({ sealedPayload: sealFor(secret, purpose, JSON.stringify({ payload }), binding) });
      expect(() => openedEnvelope(envelope, secret)).toThrow(expect.objectContaining({ code: 'COMMAND.SEALED_PAYLOAD_INVALID' }));
    }
    const unbound = envelopeOf({ sealedPayload: sealJson(secret, 'command', { payload }, '') });
    expect(() => openedEnvelope(unbound, secret)).toThrow(expect.objectContaining({ code: 'COMMAND.SEALED_PAYLOAD_INVALID' }));
    expect(openedEnvelope(envelopeOf({ sealedPayload: sealJson(secret, 'command', { payload }, binding) }), secret).payload).toEqual(payload);
  });
});

describe('sealed passwords', () => {
  it('open as passwords only, and nothing sealed for another purpose opens as a password', () => {
    expect(openSecret(secret, sealSecret(secret, 'mat-khau-du-dai'))).toBe('mat-khau-du-dai');
    for (const purpose of ['command', 'request', 'reply'] as const) expect(openSecret(secret, sealFor(secret, purpose, 'mat-khau-du-dai'))).toBeUndefined();
    const sealedPassword = sealSecret(secret, JSON.stringify({ payload }));
    expect(() => openedEnvelope(envelopeOf({ sealedPayload: sealedPassword }), secret)).toThrow(
      expect.objectContaining({ code: 'COMMAND.SEALED_PAYLOAD_INVALID' }),
    );
  });
});

describe('sealed requests and replies', () => {
  const body = { op: 'refresh', refreshToken: 'acc-1.sess-1.long-lived-secret' };

  it('seal the whole request, which opens with its id', () => {
    const wire = sealedRequest(body, secret);
    expect(JSON.stringify(wire)).not.toContain('long-lived-secret');
    expect(JSON.stringify(wire)).not.toContain('refresh');
    expect(openedRequest(wire, secret)).toEqual({ requestId: wire.requestId, request: body });
  });

  it('refuse an unsealed request, one under another id, and a sealed command or reply passed off as a request', () => {
    expect(() => openedRequest(body, secret)).toThrow(expect.objectContaining({ code: 'REQUEST.NOT_SEALED' }));
    const wire = sealedRequest(body, secret);
    const forged = [
      { ...wire, requestId: 'another-request' },
      { ...wire, sealedRequest: sealJson(secret, 'reply', body, wire.requestId) },
      { ...wire, sealedRequest: sealJson(secret, 'command', body, wire.requestId) },
      sealedRequest(body, randomBytes(32), wire.requestId),
    ];
    for (const candidate of forged) expect(() => openedRequest(candidate, secret)).toThrow(expect.objectContaining({ code: 'REQUEST.SEALED_INVALID' }));
  });

  it('bind a reply to the request it answers: it does not open as the reply to another', () => {
    const sealed = sealedReplyResult({ accessToken: 't' }, 'req-1', secret);
    expect(openedReplyResult(sealed, 'req-1', secret)).toEqual({ accessToken: 't' });
    expect(openedReplyResult(sealed, 'req-2', secret)).toBeUndefined();
    expect(openedReplyResult(sealJson(secret, 'request', { accessToken: 't' }, 'req-1'), 'req-1', secret)).toBeUndefined();
  });
});

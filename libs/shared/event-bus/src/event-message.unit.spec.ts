import type { EventEnvelope } from '@tn/shared-event-contracts';
import { decodeEvent, encodeEvent, MalformedEventMessageError } from './event-message';

const envelope: EventEnvelope = {
  eventId: 'e1',
  type: 'UnitCreated',
  schemaVersion: 1,
  streamId: 'unit-1',
  streamType: 'unit',
  streamVersion: 4,
  position: 1234,
  occurredAt: '2025-07-01T00:00:00.000Z',
  recordedAt: '2025-07-01T00:00:01.000Z',
  actor: { kind: 'account', id: 'a' },
  correlationId: 'corr',
  causationId: 'cmd',
  data: { name: 'Xã Sa Pa' },
};

describe('event message codec', () => {
  it('keys by stream id, carries routing headers, and round-trips the envelope', () => {
    const message = encodeEvent(envelope);
    expect(message.key).toBe('unit-1');
    expect(message.headers).toEqual({
      'event-id': 'e1',
      'event-type': 'UnitCreated',
      'schema-version': '1',
      'stream-version': '4',
      'correlation-id': 'corr',
    });
    expect(decodeEvent(Buffer.from(message.value))).toEqual(envelope);
  });

  it.each([
    [null, 'empty value'],
    ['not json', 'value is not JSON'],
    [JSON.stringify({ ...envelope, streamId: '' }), 'streamId missing'],
    [JSON.stringify({ ...envelope, streamVersion: '4' }), 'streamVersion missing'],
    [JSON.stringify({ ...envelope, data: null }), 'data missing'],
  ])('rejects a malformed message (%s)', (value, reason) => {
    expect(() => decodeEvent(value)).toThrow(new MalformedEventMessageError(reason));
  });
});

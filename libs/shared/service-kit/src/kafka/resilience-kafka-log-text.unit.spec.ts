import { KafkaJSNumberOfRetriesExceeded, KafkaJSProtocolError } from 'kafkajs';
import { kafkaLogText } from './kafka-log-text';

// kafkajs logged "Error when calling eachBatch" with the projector's error in a field the log
// line dropped; the cause is now named (class and code), its message text is not (it may quote data).
describe('kafkaLogText', () => {
  class ProjectionWriteError extends Error {
    readonly code = 'PROJECTION.WRITE_FAILED';
  }

  it("names the class and code of kafkajs's eachBatch error, and where it happened, without its message", () => {
    const text = kafkaLogText({
      log: {
        timestamp: '2026-01-01T00:00:00.000Z',
        logger: 'kafkajs',
        message: 'Error when calling eachBatch',
        topic: 'registry.events',
        partition: 2,
        offset: '41',
        stack: 'ProjectionWriteError: person Nguyễn Văn A at …',
        error: new ProjectionWriteError('person Nguyễn Văn A'),
      },
    });
    expect(text).toBe('Error when calling eachBatch (topic registry.events, partition 2, error ProjectionWriteError code PROJECTION.WRITE_FAILED)');
    expect(text).not.toContain('Nguyễn');
  });

  it('follows the causes of a kafkajs error and names protocol error types', () => {
    // As kafkajs builds it from a broker's error code (its typings only know the message).
    const protocol = new KafkaJSProtocolError({
      message: 'The coordinator is not aware of this member',
      type: 'UNKNOWN_MEMBER_ID',
      code: 25,
      retriable: false,
    } as unknown as Error);
    const text = kafkaLogText({
      log: { timestamp: '', logger: 'kafkajs', message: 'Crash', error: new KafkaJSNumberOfRetriesExceeded(protocol, { retryCount: 5, retryTime: 3000 }) },
    });
    expect(text).toBe('Crash (error KafkaJSNumberOfRetriesExceeded, cause KafkaJSProtocolError code UNKNOWN_MEMBER_ID)');
  });

  it('keeps an error given as a string only when it names an error type, and names the broker', () => {
    expect(kafkaLogText({ log: { timestamp: '', logger: 'kafkajs', message: 'Failed', broker: 'kafka:9092', error: 'KafkaJSConnectionError' } })).toBe(
      'Failed (broker kafka:9092, error KafkaJSConnectionError)',
    );
    expect(kafkaLogText({ log: { timestamp: '', logger: 'kafkajs', message: 'Failed', error: 'duplicate key: phone 0912345678' } })).toBe('Failed');
  });
});

import { EventEmitter } from 'node:events';
import { KafkaJSConnectionError, KafkaJSNonRetriableError } from 'kafkajs';
import { outliveStrayKafkaRejections } from './bootstrap';

// Issue 11: a kafkajs rejection nobody handled must not end the service; anything else still does.
describe('outliveStrayKafkaRejections', () => {
  const setUp = () => {
    const process = new EventEmitter();
    const logger = { error: jest.fn() };
    const counted = jest.fn();
    outliveStrayKafkaRejections(logger, process as unknown as NodeJS.Process, counted);
    return { process, logger, counted };
  };

  it('logs a kafkajs error by its class and code chain, without its text, and carries on', () => {
    const { process, logger, counted } = setUp();
    const connection = Object.assign(new KafkaJSConnectionError('connect ECONNREFUSED secret-host:9092'), { code: 'ECONNREFUSED' });
    // As kafkajs's retrier makes it once its retries are spent.
    const refused = new (KafkaJSNonRetriableError as unknown as new (error: Error, options: { cause: Error }) => Error)(connection, { cause: connection });
    expect(() => process.emit('unhandledRejection', refused)).not.toThrow();
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringContaining('error KafkaJSNonRetriableError, cause KafkaJSConnectionError code ECONNREFUSED'),
      'Process',
    );
    expect(logger.error.mock.calls[0][0]).not.toContain('secret-host');
    expect(counted).toHaveBeenCalledTimes(1);
  });

  it('lets any other rejection end the process as Node would', () => {
    const { process, logger } = setUp();
    const bug = new TypeError('undefined is not a function');
    expect(() => process.emit('unhandledRejection', bug)).toThrow(bug);
    expect(logger.error).not.toHaveBeenCalled();
  });
});

import { Logger } from '@nestjs/common';
import { KafkaJSConnectionError, KafkaJSNonRetriableError } from 'kafkajs';
import { ReplySafeServerKafka } from './reply-safe-server-kafka';

// Issue 11: a reply the producer cannot send once the broker is gone must not become an
// unhandled rejection (Node exits on those): the service lives on and the sender times out.
describe('ReplySafeServerKafka', () => {
  const serverWith = (send: () => Promise<unknown>) => {
    const server = new ReplySafeServerKafka({ client: { brokers: ['127.0.0.1:1'] } });
    Object.assign(server, { producer: { send } });
    return server;
  };
  const reply = (server: ReplySafeServerKafka) =>
    server.sendMessage({ id: 'correlation-1', response: { ok: true } }, 'registry.commands.reply', '0', 'correlation-1', {} as never);

  it('logs a reply the broker refused, naming the error without its text, and resolves', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const refused = new KafkaJSNonRetriableError(new KafkaJSConnectionError('Connection error: connect ECONNREFUSED 127.0.0.1:9092 with private details'));
    await expect(reply(serverWith(() => Promise.reject(refused)))).resolves.toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('reply not sent (error KafkaJSNonRetriableError'));
    expect(warn.mock.calls[0]![0]).not.toContain('private details');
    warn.mockRestore();
  });

  it('lets any other failure through: a bug must not pass for a broker outage', async () => {
    const bug = new TypeError('cannot serialise');
    await expect(reply(serverWith(() => Promise.reject(bug)))).rejects.toBe(bug);
  });

  it('sends a reply as Nest does when the broker takes it', async () => {
    const send = jest.fn(async () => [{ topicName: 'registry.commands.reply', partition: 0, errorCode: 0 }]);
    await expect(reply(serverWith(send))).resolves.toEqual([{ topicName: 'registry.commands.reply', partition: 0, errorCode: 0 }]);
    expect(send).toHaveBeenCalledWith(expect.objectContaining({ topic: 'registry.commands.reply' }));
  });
});

/**
 * A projector's dead letters from the command line (logic in dead-letter-command.ts):
 *
 *   node -r @swc-node/register libs/shared/event-bus/src/dead-letter/dead-letter-cli.ts list --group <groupId> [--brokers host:port]
 *   node -r @swc-node/register libs/shared/event-bus/src/dead-letter/dead-letter-cli.ts redrive --group <groupId> [--brokers host:port] [--offset N]...
 *
 * `list` prints offset, event type, stream, version, origin and error of each dead letter, never
 * the event data. `redrive` re-publishes all dead letters, or those at the given offsets, to
 * their original topics with the header `x-redriven-from-dlq`. Brokers default to KAFKA_BROKERS.
 */
import { Kafka, logLevel } from 'kafkajs';
import { DEAD_LETTER_USAGE, parseDeadLetterArgs, runDeadLetterCommand } from './dead-letter-command';

async function main(): Promise<number> {
  const command = parseDeadLetterArgs(process.argv.slice(2), process.env);
  if ('problem' in command) {
    process.stderr.write(`${command.problem}\n${DEAD_LETTER_USAGE}\n`);
    return 2;
  }
  const kafka = new Kafka({ clientId: 'dead-letter-cli', brokers: command.brokers, logLevel: logLevel.ERROR });
  await runDeadLetterCommand(command, kafka, process.stdout);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  },
);

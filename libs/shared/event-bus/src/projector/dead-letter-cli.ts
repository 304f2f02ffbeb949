/**
 * Dead letters of a projector, from the command line:
 *
 *   node -r @swc-node/register libs/shared/event-bus/src/projector/dead-letter-cli.ts list --group <groupId>
 *   node -r @swc-node/register libs/shared/event-bus/src/projector/dead-letter-cli.ts redrive --group <groupId> [--offset N]...
 *   node -r @swc-node/register libs/shared/event-bus/src/projector/dead-letter-cli.ts skip --group <groupId> --topic <topic> --partition P [--offset N]
 *
 * `skip` dead-letters the message a stuck partition keeps failing on (by default the group's
 * committed offset there, as readiness reports it) and the running projector moves past it.
 *
 * Brokers come from --brokers or KAFKA_BROKERS. Event data is never printed (it may hold
 * personal data, even if encrypted).
 */
import { Kafka, logLevel } from 'kafkajs';
import { readDeadLetters, redriveDeadLetters, skipStuckMessage } from './dead-letters';

const USAGE = 'usage: dead-letter-cli (list|redrive|skip) --group <groupId> [--brokers host:port] [--offset N]... [--topic <topic> --partition P]\n';

function option(args: string[], name: string): string[] {
  return args.flatMap((arg, index) => (arg === name && args[index + 1] ? [args[index + 1]!] : []));
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const group = option(args, '--group')[0];
  const brokers = option(args, '--brokers')[0] ?? process.env['KAFKA_BROKERS'];
  const topic = option(args, '--topic')[0];
  const partition = option(args, '--partition')[0];
  const known = command === 'list' || command === 'redrive' || (command === 'skip' && topic && partition && /^\d+$/.test(partition));
  if (!known || !group || !brokers) {
    process.stderr.write(USAGE);
    return 2;
  }
  const kafka = new Kafka({ clientId: 'dead-letter-cli', brokers: brokers.split(','), logLevel: logLevel.ERROR });
  if (command === 'list') {
    const letters = await readDeadLetters(kafka, group);
    for (const l of letters) {
      process.stdout.write(
        `${l.partition}:${l.offset}\t${l.failedAt}\t${l.eventType}\t${l.streamId}@${l.streamVersion}\t${l.originalTopic}[${l.originalPartition}]@${l.originalOffset}\t${l.error}\n`,
      );
    }
    process.stdout.write(`${letters.length} dead letter(s) for ${group}\n`);
  } else if (command === 'skip') {
    const letter = await skipStuckMessage(kafka, group, topic!, Number(partition), option(args, '--offset')[0]);
    process.stdout.write(
      `skipped ${letter.originalTopic}[${letter.originalPartition}]@${letter.originalOffset} (${letter.eventType}): dead letter ${letter.partition}:${letter.offset}\n`,
    );
  } else {
    const offsets = option(args, '--offset');
    const redriven = await redriveDeadLetters(kafka, group, offsets.length > 0 ? offsets : undefined);
    process.stdout.write(`re-published ${redriven.length} dead letter(s) to their original topics\n`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  },
);

import type { Kafka } from 'kafkajs';
import { formatDeadLetter } from './dead-letter-format';
import { listDeadLetters, redriveDeadLetters } from './dead-letters';

export interface DeadLetterCommand {
  action: 'list' | 'redrive';
  groupId: string;
  brokers: string[];
  /** Re-drive only these offsets of the dead-letter topic (all when absent). */
  offsets?: string[];
}

export const DEAD_LETTER_USAGE = 'usage: dead-letter-cli list|redrive --group <groupId> [--brokers host:port[,host:port]] [--offset N]...';

/** Read the command line; brokers default to KAFKA_BROKERS, then the local broker. */
export function parseDeadLetterArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): DeadLetterCommand | { problem: string } {
  const [action, ...rest] = argv;
  if (action !== 'list' && action !== 'redrive') return { problem: `unknown command "${action ?? ''}"` };
  const values: Record<string, string[]> = {};
  for (let i = 0; i < rest.length; i += 2) {
    const [name, value] = [rest[i]!, rest[i + 1]];
    if (!['--group', '--brokers', '--offset'].includes(name)) return { problem: `unknown option "${name}"` };
    if (value === undefined || value.startsWith('--')) return { problem: `${name} needs a value` };
    (values[name] ??= []).push(value);
  }
  const groupId = values['--group']?.[0];
  if (!groupId) return { problem: '--group is required' };
  const offsets = values['--offset'];
  if (offsets?.some((offset) => !/^\d+$/.test(offset))) return { problem: '--offset must be a whole number' };
  if (offsets && action === 'list') return { problem: '--offset only applies to redrive' };
  const brokers = (values['--brokers']?.[0] ?? env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',').map((b) => b.trim()).filter(Boolean);
  return { action, groupId, brokers, ...(offsets ? { offsets } : {}) };
}

/** Run a parsed command, writing its report to `out`. Event data is never written. */
export async function runDeadLetterCommand(command: DeadLetterCommand, kafka: Kafka, out: { write(text: string): unknown }): Promise<void> {
  const query = { kafka, groupId: command.groupId };
  if (command.action === 'list') {
    const letters = await listDeadLetters(query);
    for (const letter of letters) out.write(`${formatDeadLetter(letter)}\n`);
    out.write(`${letters.length} dead letter(s) for ${command.groupId}\n`);
    return;
  }
  const redriven = await redriveDeadLetters({ ...query, ...(command.offsets ? { offsets: command.offsets } : {}) });
  for (const letter of redriven) out.write(`re-driven ${letter.partition}:${letter.offset} to ${letter.originalTopic} (${letter.eventType} ${letter.streamId}@${letter.streamVersion})\n`);
  out.write(`${redriven.length} dead letter(s) re-driven for ${command.groupId}\n`);
}

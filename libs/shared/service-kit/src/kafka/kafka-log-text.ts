import type { LogEntry } from 'kafkajs';

/**
 * The line logged for a kafkajs log entry: its message, the broker, and what is known of the
 * error without its message text (ours may quote data): kafkajs logs "Error when calling
 * eachBatch" with the projector's error as an object, and often an error's message as a string.
 */
export function kafkaLogText({ log }: Pick<LogEntry, 'log'>): string {
  const parts = [
    log['broker'] ? `broker ${String(log['broker'])}` : undefined,
    typeof log['topic'] === 'string' ? `topic ${log['topic']}` : undefined,
    typeof log['partition'] === 'number' ? `partition ${log['partition']}` : undefined,
    errorKindOf(log['error']),
  ].filter((part): part is string => part !== undefined);
  return parts.length > 0 ? `${log.message} (${parts.join(', ')})` : log.message;
}

const ERROR_TYPE_NAME = /^[A-Za-z][A-Za-z0-9]*(Error|Exception)$/;

/** "error NAME[ code CODE][, cause NAME…]", or undefined when there is no error to name. */
export function errorKindOf(error: unknown): string | undefined {
  if (typeof error === 'string') return ERROR_TYPE_NAME.test(error) ? `error ${error}` : undefined;
  if (!(error instanceof Error)) return undefined;
  const names: string[] = [];
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; current = (current as { cause?: unknown }).cause, depth++) {
    const { code, type } = current as { code?: unknown; type?: unknown };
    // kafkajs protocol errors carry both: their type (UNKNOWN_MEMBER_ID) says more than the number.
    const coded = [type, code].find((value) => typeof value === 'string' || typeof value === 'number');
    // A subclass that does not set `name` is still "Error": its class names it better.
    const name = current.name === 'Error' && current.constructor.name ? current.constructor.name : current.name;
    names.push(coded === undefined ? name : `${name} code ${String(coded)}`);
  }
  return `error ${names.join(', cause ')}`;
}

import type { EqualityFilter } from '@tn/gateway-core';

type Given = Readonly<Record<string, string | null | undefined>>;

const givenOnly = (values: Given): Record<string, string> =>
  Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));

/**
 * The equality filter of a catalogue list. It is scoped by the indexed fields given (the owner
 * unit, the curriculum) or, with none, by the status (`liveStatus` unless one is asked: the
 * catalogue in use across the country); the other filters stand beside that equality and are
 * evaluated over the few documents it selects. Every value is a plain string equality (ADR 0017).
 */
export function catalogueFilterOf(scope: Given, status: string | undefined, liveStatus: string, others: Given = {}): EqualityFilter {
  const scoped = givenOnly(scope);
  const byStatus = Object.keys(scoped).length > 0 ? givenOnly({ status }) : { status: status ?? liveStatus };
  return { ...scoped, ...byStatus, ...givenOnly(others) };
}

import type { Language } from './language';

/**
 * A message in every language. `{name}` is filled from the error's field and details; a `[...]`
 * segment is kept only when every placeholder inside it has a value, so a message reads well
 * with or without details. Details never reach the client otherwise.
 */
export type MessageTemplate = Readonly<Record<Language, string>>;

export type ErrorKind = 'validation' | 'illegal-state' | 'not-found' | 'forbidden' | 'concurrency' | 'internal';

/** Fill a template: only strings and numbers are substituted, never objects. */
export function renderTemplate(template: string, values: Readonly<Record<string, unknown>>): string {
  const valueOf = (name: string) => {
    const value = values[name];
    return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? String(value) : undefined;
  };
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, name: string) => valueOf(name) ?? '');
  const complete = (segment: string) => [...segment.matchAll(/\{(\w+)\}/g)].every(([, name]) => valueOf(name) !== undefined);
  // One pass, so a substituted value is never itself read as a template.
  return template.replace(/\[([^\]]*)\]|\{\w+\}/g, (match, segment?: string) => (segment === undefined ? fill(match) : complete(segment) ? fill(segment) : ''));
}

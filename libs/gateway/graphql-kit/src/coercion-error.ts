/**
 * graphql-js words a value of the wrong type with the value itself ("String cannot represent a
 * non string value: hunter2"), in English. Such a value may be a password, so these messages
 * never reach the client: we keep only what names the problem (the field and the expected
 * type) and say it from the catalogue, in the request's language.
 */
const ECHOING = [/cannot represent/, /got invalid value/, /^Expected value of type/, /does not exist in "\w+" enum/, /^Expected type/];

export interface CoercionProblem {
  field?: string;
  expected?: string;
}

interface ErrorWithSource {
  source?: { body?: string };
  positions?: readonly number[];
}

/** The problem of a message graphql-js gives a mistyped value, or undefined for other messages. */
export function coercionProblem(message: string, error: unknown): CoercionProblem | undefined {
  if (!ECHOING.some((pattern) => pattern.test(message))) return undefined;
  const field = variableOf(message) ?? argumentBefore(error);
  const expected = expectedTypeOf(message);
  return { ...(field ? { field } : {}), ...(expected ? { expected } : {}) };
}

// Read only from the start of the message, before the echoed value.
const variableOf = (message: string) => /^Variable "\$(\w+)"/.exec(message)?.[1];

const BUILT_IN = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

/**
 * The expected type. In a literal's message it comes first, before the value. A variable's
 * message prints the value first, so a crafted value could pose as a type name: there only
 * the built-in scalars are believed.
 */
function expectedTypeOf(message: string): string | undefined {
  if (message.startsWith('Variable "$')) {
    const named = /; (\w+) cannot represent/.exec(message)?.[1];
    return named && BUILT_IN.has(named) ? named : undefined;
  }
  return (
    /^(\w+) cannot represent/.exec(message)?.[1] ??
    /^Expected value of type "([\w![\]]+)"/.exec(message)?.[1] ??
    /^Value \S+ does not exist in "(\w+)" enum\.$/.exec(message)?.[1]
  );
}

/** The argument or input field written just before the mistyped literal in the query text. */
function argumentBefore(error: unknown): string | undefined {
  let current = error as (ErrorWithSource & { originalError?: unknown }) | undefined;
  for (let hops = 0; current && hops < 5; hops += 1) {
    const body = current.source?.body;
    const position = current.positions?.[0];
    if (typeof body === 'string' && typeof position === 'number') return /(\w+)\s*:\s*$/.exec(body.slice(0, position))?.[1];
    current = current.originalError as typeof current;
  }
  return undefined;
}

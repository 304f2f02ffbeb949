/**
 * graphql-js says what is wrong with a request (a required field left out, a field the schema does
 * not have, a syntax error) in English, and a syntax error quotes the text it stopped at, which
 * may be a value. These are said again from the catalogue in the request's language: names of
 * fields and types (GraphQL names, never values) are kept, quoted text is not.
 */
export interface RequestProblem {
  code: string;
  values: Record<string, string>;
}

const NAME = '([_A-Za-z][_0-9A-Za-z.]*)';
const TYPE = '([_A-Za-z][_0-9A-Za-z!\\[\\]]*)';

const PATTERNS: readonly { pattern: RegExp; code: string; names: readonly string[] }[] = [
  { pattern: new RegExp(`^Field "${NAME}" of required type "${TYPE}" was not provided\\.`), code: 'REQUEST.FIELD_MISSING', names: ['field', 'expected'] },
  {
    pattern: new RegExp(`^Field "${NAME}" argument "${NAME}" of type "${TYPE}" is required, but it was not provided\\.`),
    code: 'REQUEST.ARGUMENT_MISSING',
    names: ['operation', 'field', 'expected'],
  },
  { pattern: new RegExp(`^Cannot query field "${NAME}" on type "${NAME}"\\.`), code: 'REQUEST.FIELD_UNKNOWN', names: ['field', 'type'] },
  { pattern: new RegExp(`^Field "${NAME}" is not defined by type "${NAME}"\\.`), code: 'REQUEST.FIELD_UNKNOWN', names: ['field', 'type'] },
  { pattern: new RegExp(`^Unknown argument "${NAME}" on field "${NAME}"\\.`), code: 'REQUEST.ARGUMENT_UNKNOWN', names: ['field', 'operation'] },
  { pattern: /^Syntax Error: /, code: 'REQUEST.SYNTAX', names: [] },
];

/** The problem of a request-level graphql-js message, or undefined for messages we do not know. */
export function requestProblem(message: string): RequestProblem | undefined {
  for (const { pattern, code, names } of PATTERNS) {
    const match = pattern.exec(message);
    if (match) return { code, values: Object.fromEntries(names.map((name, index) => [name, match[index + 1]!])) };
  }
  return undefined;
}

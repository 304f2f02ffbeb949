/**
 * The one grammar for ids and free text that every context's write side and the gateway
 * share (issue 10): ids become stream keys, read-model keys and URL segments, so they are
 * short, printable ASCII and start with a letter or digit (uuids, `hierarchy-national`,
 * `demo-xa-ta-van`, `acc-…` all fit); text carries no control characters and no bidi
 * overrides or isolates, which can disguise a name on screen.
 */

/**
 * A letter or digit, then letters, digits, `_`, `:` or `-`: at most 128 characters. No `.`:
 * ids become document keys in read models (`positions[positionId]`), where the MongoDB wire
 * refuses a dotted key, so the event would be dead-lettered and the entity silently unknown.
 */
const ENTITY_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_:-]{0,127}$/;
const MAX_ENTITY_ID_LENGTH = 128;

/** Longest one-line text (a name, a title, a label) and longest multi-line text (a note, a description). */
export const MAX_LINE_TEXT_LENGTH = 1_000;
const MAX_LONG_TEXT_LENGTH = 10_000;

/** Payload fields that are free prose: only these may hold line breaks and tabs. */
const LONG_TEXT_FIELDS: ReadonlySet<string> = new Set(['description', 'summary', 'note', 'reason', 'narrative', 'comment']);

/** Fields named like ids that are not entity ids (a citizen's document number is personal text). */
const NOT_ENTITY_IDS: ReadonlySet<string> = new Set(['nationalId']);

/**
 * Invisible marks that change how text around them shows or breaks: direction marks (LRM
 * U+200E, RLM U+200F, ALM U+061C), line and paragraph separators (U+2028, U+2029), zero-width
 * space (U+200B), word joiner (U+2060) and BOM / zero-width no-break space (U+FEFF).
 * The zero-width joiner and non-joiner (U+200C, U+200D) stay allowed: some scripts spell words
 * with them and emoji sequences (families, flags, skin tones) are built with the joiner.
 */
const INVISIBLE_MARKS: ReadonlySet<number> = new Set([0x200e, 0x200f, 0x061c, 0x2028, 0x2029, 0x200b, 0x2060, 0xfeff]);

/**
 * C0 and C1 controls and DEL, bidi embeddings and overrides (U+202A–U+202E), isolates
 * (U+2066–U+2069) and the invisible marks above; line feed and tab are allowed in long text
 * only. (Char codes, not a regex: the lint forbids control characters in patterns.)
 */
function isForbiddenCharacter(code: number, multiline: boolean): boolean {
  if (multiline && (code === 0x0a || code === 0x09)) return false;
  return (
    code <= 0x1f || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || INVISIBLE_MARKS.has(code)
  );
}

function hasForbiddenCharacter(value: string, multiline: boolean): boolean {
  for (let index = 0; index < value.length; index++) if (isForbiddenCharacter(value.charCodeAt(index), multiline)) return true;
  return false;
}

export const isEntityId = (value: unknown): value is string => typeof value === 'string' && ENTITY_ID_PATTERN.test(value);

/** `id`, `unitId`, `sourceUnitIds`…: a field whose value is an entity id or a list of them. */
export const isIdField = (name: string): boolean => !NOT_ENTITY_IDS.has(name) && (name === 'id' || name === 'ids' || /[a-z]Ids?$/.test(name));

export interface TextRules {
  /** Allow line feeds and tabs (long free text). */
  multiline?: boolean;
  maxLength?: number;
}

/** Why a text is refused, or undefined when it is clean. */
export function textProblem(value: string, rules: TextRules = {}): 'INPUT.TEXT_FORBIDDEN_CHARACTER' | 'INPUT.TEXT_TOO_LONG' | undefined {
  const maxLength = rules.maxLength ?? (rules.multiline ? MAX_LONG_TEXT_LENGTH : MAX_LINE_TEXT_LENGTH);
  if (value.length > maxLength) return 'INPUT.TEXT_TOO_LONG';
  return hasForbiddenCharacter(value, rules.multiline === true) ? 'INPUT.TEXT_FORBIDDEN_CHARACTER' : undefined;
}

/** A refused input: the stable code, the field by its path (`into.1.unitId`), and details for the message. */
export interface InputProblem {
  code: 'INPUT.ID_INVALID' | 'INPUT.TEXT_FORBIDDEN_CHARACTER' | 'INPUT.TEXT_TOO_LONG' | 'INPUT.TOO_DEEP';
  field: string;
  details: Record<string, unknown>;
}

const MAX_DEPTH = 10;

/**
 * The first problem in a command payload, walking it whole: every id field (or list of ids)
 * against the id grammar, every other string against the text rules. Values are never put
 * in the problem (they may be personal data).
 */
export function findInputProblem(value: unknown, path = '', depth = 0): InputProblem | undefined {
  if (depth > MAX_DEPTH) return { code: 'INPUT.TOO_DEEP', field: path || 'payload', details: { max: MAX_DEPTH } };
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const problem = findInputProblem(item, `${path}${path ? '.' : ''}${index}`, depth + 1);
      if (problem) return problem;
    }
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, item] of Object.entries(value)) {
    // A key is text too (maps such as `childAssignments` are keyed by ids); name the map.
    const keyCode = textProblem(key, { maxLength: MAX_ENTITY_ID_LENGTH });
    if (keyCode) return { code: keyCode, field: path || 'payload', details: keyCode === 'INPUT.TEXT_TOO_LONG' ? { maxLength: MAX_ENTITY_ID_LENGTH } : {} };
    const problem = fieldProblem(key, `${path}${path ? '.' : ''}${key}`, item, depth);
    if (problem) return problem;
  }
  return undefined;
}

function fieldProblem(key: string, field: string, value: unknown, depth: number): InputProblem | undefined {
  const items = Array.isArray(value) ? value : [value];
  if (isIdField(key)) {
    // Anything but a string (or nothing) in an id field is refused, not walked: an object such
    // as `{"$gt": ""}` or a number would otherwise pass, and authorisation reads these fields.
    const bad = items.findIndex((item) => !(item === null || item === undefined || (typeof item === 'string' && isEntityId(item))));
    if (bad < 0) return undefined;
    return { code: 'INPUT.ID_INVALID', field: Array.isArray(value) ? `${field}.${bad}` : field, details: { maxLength: MAX_ENTITY_ID_LENGTH } };
  }
  if (typeof value === 'string') {
    const multiline = LONG_TEXT_FIELDS.has(key);
    const code = textProblem(value, { multiline });
    if (!code) return undefined;
    return { code, field, details: code === 'INPUT.TEXT_TOO_LONG' ? { maxLength: multiline ? MAX_LONG_TEXT_LENGTH : MAX_LINE_TEXT_LENGTH } : {} };
  }
  return findInputProblem(value, field, depth + 1);
}

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ERROR_CATALOG } from './error-catalog';

/**
 * Every error code thrown anywhere in the source must have a vi+en template in the composed
 * catalogue (the gateway's and each slice's messages), or the user reads "Invalid input (error
 * code: …)". The contexts' unions make a missing message fail to compile; codes a slice or a
 * shared library raises are found here, in the source text, before they reach anyone.
 */
const ROOT = join(__dirname, '../../..');
const SCANNED = ['libs', 'apps'];
// Test kits and fixtures throw codes no user ever sees.
const SKIPPED = ['libs/shared/event-sourcing-tests', 'libs/shared/testing', 'libs/gateway/e2e'];

const CODE = String.raw`[A-Z][A-Z0-9_]*`;
const DOTTED = String.raw`${CODE}(?:\.${CODE})+`;
const PATTERNS: readonly RegExp[] = [
  // Namespaced codes (`SHIFT.FULL`): nothing else in the source is spelled like this.
  new RegExp(String.raw`['"\`](${DOTTED})['"\`]`, 'g'),
  // Gateway codes: `apiError({ code: 'RATE_LIMITED' })`, class-validator `context: { code }`.
  new RegExp(String.raw`\bcode:\s*['"](${CODE}(?:\.${CODE})*)['"]`, 'g'),
  // The decider's helpers and the wrappers around them, whatever the first argument.
  new RegExp(
    String.raw`\b(?:validationError|illegalStateError|notFoundError|forbiddenError|concurrencyError|illegalStateAt|failure)\(\s*['"](${CODE}(?:\.${CODE})*)['"]`,
    'g',
  ),
  new RegExp(String.raw`\bnew (?:DomainError|TokenError)\(\s*(?:'[a-z-]+',\s*)?['"](${CODE}(?:\.${CODE})*)['"]`, 'g'),
  // Auth problems carried on the context and thrown later.
  new RegExp(String.raw`\bauthProblem\s*=\s*['"](${CODE}(?:\.${CODE})*)['"]`, 'g'),
];

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const rel = relative(ROOT, path).split('\\').join('/');
    if (SKIPPED.some((skipped) => rel === skipped || rel.startsWith(`${skipped}/`))) continue;
    if (entry.isDirectory()) sourceFiles(path, out);
    else if (entry.name.endsWith('.ts') && !/\.(spec|d|test-fixtures)\.ts$/.test(entry.name)) out.push(path);
  }
  return out;
}

/** Every code the source throws, with one file that throws it. */
function thrownCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  for (const file of SCANNED.flatMap((dir) => sourceFiles(join(ROOT, dir)))) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of PATTERNS) {
      for (const [, code] of text.matchAll(pattern)) if (code && !codes.has(code)) codes.set(code, relative(ROOT, file));
    }
  }
  return codes;
}

describe('error catalogue coverage', () => {
  const codes = thrownCodes();

  it('finds the codes the domains throw (the scan itself works)', () => {
    for (const known of ['SHIFT.FULL', 'SIGNUP.NOT_ELIGIBLE', 'CERTIFICATE.CRITERIA_NOT_MET', 'RATE_LIMITED', 'AUTH.SESSION_ENDED']) {
      expect(codes.has(known)).toBe(true);
    }
    expect(codes.size).toBeGreaterThan(200);
  });

  it('has a Vietnamese and an English template for every thrown code', () => {
    const missing = [...codes].filter(([code]) => !ERROR_CATALOG.has(code)).map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });

  it('writes every template in both languages, with Vietnamese diacritics', () => {
    const incomplete = ERROR_CATALOG.entries().filter(([, template]) => !template.vi?.trim() || !template.en?.trim() || template.vi === template.en);
    expect(incomplete.map(([code]) => code)).toEqual([]);
    // A Vietnamese sentence without any diacritic was typed without them.
    const undiacritised = ERROR_CATALOG.entries().filter(([, template]) => !/[À-ỹđĐ]/u.test(template.vi));
    expect(undiacritised.map(([code]) => code)).toEqual([]);
  });
});

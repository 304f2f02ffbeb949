import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { workspaceRoot } from '../infra/paths';

interface ComposeFile {
  services: Record<string, { environment?: Record<string, string | number | boolean> | string[] }>;
}

export function readComposeFile(): ComposeFile {
  return parse(readFileSync(path.join(workspaceRoot(), 'docker-compose.yml'), 'utf8')) as ComposeFile;
}

/**
 * The environment docker compose would give `service`, interpolating `${VAR}`, `${VAR:-default}`
 * and `${VAR:?message}` (required) from `shell`, the variables the user exported.
 */
export function composeEnvironment(service: string, shell: Record<string, string> = {}): Record<string, string> {
  const definition = readComposeFile().services[service];
  if (!definition) throw new Error(`docker-compose.yml has no service "${service}"`);
  const raw = definition.environment ?? {};
  const entries = Array.isArray(raw)
    ? raw.map((item) => {
        const at = item.indexOf('=');
        return [item.slice(0, at), item.slice(at + 1)] as const;
      })
    : Object.entries(raw).map(([key, value]) => [key, String(value)] as const);
  return Object.fromEntries(entries.map(([key, value]) => [key, interpolate(value, shell)]));
}

function interpolate(value: string, shell: Record<string, string>): string {
  return value.replace(/\$\{([A-Z0-9_]+)(?::?([-?])([^}]*))?\}/g, (_, name: string, kind?: string, rest?: string) => {
    const set = shell[name];
    if (set !== undefined && set !== '') return set;
    if (kind === '?') throw new Error(`docker compose would stop: ${name} is required (${rest ?? ''})`);
    return kind === '-' ? (rest ?? '') : '';
  });
}

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
 * The environment docker compose would give `service`, with `${VAR:-default}` interpolated
 * from an empty shell (what a user with no exports gets).
 */
export function composeEnvironment(service: string): Record<string, string> {
  const definition = readComposeFile().services[service];
  if (!definition) throw new Error(`docker-compose.yml has no service "${service}"`);
  const raw = definition.environment ?? {};
  const entries = Array.isArray(raw)
    ? raw.map((item) => {
        const at = item.indexOf('=');
        return [item.slice(0, at), item.slice(at + 1)] as const;
      })
    : Object.entries(raw).map(([key, value]) => [key, String(value)] as const);
  return Object.fromEntries(entries.map(([key, value]) => [key, interpolate(value)]));
}

function interpolate(value: string): string {
  return value.replace(/\$\{([A-Z0-9_]+)(?::?-([^}]*))?\}/g, (_, _name: string, fallback?: string) => fallback ?? '');
}

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { workspaceRoot } from '../infra/paths';

// The dependency rules are enforced by lint, not by hope: show that they bite.
// ESLint runs as its own process, exactly as `nx lint` runs it.
function boundaryErrors(filePath: string, code: string): string[] {
  const root = workspaceRoot();
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', filePath, '--format', 'json'],
    { cwd: root, input: code, encoding: 'utf8', env: { ...process.env, NX_DAEMON: 'false' } },
  );
  const [report] = JSON.parse(result.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return (report?.messages ?? []).filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
}

describe('module boundaries (lint)', () => {
  // The rule reads Nx's cached project graph (as `nx lint` leaves it); make sure it exists.
  beforeAll(() => {
    const root = workspaceRoot();
    const nx = spawnSync(process.execPath, [path.join(root, 'node_modules/nx/dist/bin/nx.js'), 'show', 'projects'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NX_DAEMON: 'false' },
    });
    expect(nx.status).toBe(0);
  }, 60_000);

  it.each(['@nestjs/common', 'mongoose', 'kafkajs'])('rejects importing %s into a domain library', (pkg) => {
    const errors = boundaryErrors('libs/shared/decider/src/forbidden.ts', `import * as x from '${pkg}';\nexport const y = x;\n`);
    expect(errors.join('\n')).toContain(`A project tagged with "type:domain" is not allowed to import "${pkg}"`);
  });

  it('rejects a domain library importing a library of a layer above it', () => {
    const errors = boundaryErrors(
      'libs/shared/decider/src/forbidden.ts',
      `import { isolatedSuite } from '@tn/shared-testing';\nexport const y = isolatedSuite;\n`,
    );
    expect(errors.join('\n')).toContain('A project tagged with "type:domain" can only depend on libs tagged with');
  });

  // Projections read a context's events and read contracts; decisions stay in the context's domain.
  it.each([
    ['libs/gateway/campaigns/src/forbidden.ts', '@tn/campaigns-domain'],
    ['libs/gateway/registry/src/forbidden.ts', '@tn/registry-domain'],
    ['apps/gateway/src/forbidden.ts', '@tn/campaigns-domain'],
  ])('rejects %s importing the domain library %s', (file, pkg) => {
    const errors = boundaryErrors(file, `import * as domain from '${pkg}';\nexport const y = domain;\n`);
    expect(errors.join('\n')).toContain('A project tagged with "scope:gateway" can only depend on libs tagged with');
  });

  it("accepts the gateway importing a context's contracts and the shared kernels", () => {
    const errors = boundaryErrors(
      'libs/gateway/campaigns/src/allowed.ts',
      `import { CAMPAIGN_DOMAINS } from '@tn/campaigns-contracts';\nimport { DomainError } from '@tn/shared-decider';\nexport const both = [CAMPAIGN_DOMAINS, DomainError];\n`,
    );
    expect(errors).toEqual([]);
  });

  it('accepts a domain library importing only node built-ins', () => {
    const errors = boundaryErrors(
      'libs/shared/decider/src/allowed.ts',
      `import { isDeepStrictEqual } from 'node:util';\nexport const same = isDeepStrictEqual;\n`,
    );
    expect(errors).toEqual([]);
  });
});

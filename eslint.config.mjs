// Lint rules for the whole workspace. The module-boundary rule is the architecture's
// dependency law: tags in two dimensions, scope (bounded context) and type (layer).
import nx from '@nx/eslint-plugin';

const contexts = ['registry', 'training', 'campaigns', 'network', 'reporting'];

// Framework and driver packages that must never reach domain or contract code.
const infrastructurePackages = ['@nestjs/*', 'mongoose', 'mongodb', 'kafkajs', 'express', '@apollo/*'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/node_modules', '**/dist', '**/coverage', '.tools', '.run', '.nx', 'apps/console/src/gql'] },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            // Layers (type:*)
            // Apps may use the testing library in their specs (production code is checked below).
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:domain', 'type:contracts', 'type:util', 'type:testing'],
            },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:domain', 'type:contracts', 'type:util'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:domain', 'type:contracts', 'type:util'] },
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:util'],
              bannedExternalImports: infrastructurePackages,
            },
            {
              sourceTag: 'type:contracts',
              onlyDependOnLibsWithTags: ['type:contracts', 'type:util'],
              bannedExternalImports: infrastructurePackages,
            },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            {
              sourceTag: 'type:testing',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:domain', 'type:contracts', 'type:util', 'type:testing'],
            },
            // Bounded contexts (scope:*): a context sees itself and shared code only.
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            ...contexts.map((context) => ({
              sourceTag: `scope:${context}`,
              onlyDependOnLibsWithTags: [`scope:${context}`, 'scope:shared'],
            })),
            // The gateway projects every context's public events: of a context it may read the
            // contracts only (events and read contracts), never its domain or write side. Shared
            // libraries stay open to it, the shared kernels tagged type:domain included.
            { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:gateway', 'scope:shared', 'type:contracts'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Test helpers never ship: only spec files may import the testing library.
    files: ['apps/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: '@tn/shared-testing', message: 'Only *.spec.ts files may use the testing library.' }] }],
    },
  },
];

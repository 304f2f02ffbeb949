import type { CodegenConfig } from '@graphql-codegen/cli';

// Every operation the console sends is typed from the gateway's schema (schema.graphql, which the
// gateway's schema test keeps current). `npm run console:codegen` rewrites src/gql; `./dev test`
// regenerates it, so a stale committed copy leaves the tree changed and CI fails.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['apps/console/src/**/*.{ts,tsx}', '!apps/console/src/gql/**'],
  generates: {
    'apps/console/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, skipTypename: true },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;

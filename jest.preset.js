// Shared Jest settings: SWC transpiles TypeScript with decorator metadata (NestJS needs it),
// and the tsconfig path aliases resolve to library sources.
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias.replace('/', '\\/')}$`, path.join(__dirname, target)]),
);

/**
 * Build one project's Jest config. `integration` adds the real-server global setup; `setupFilesAfterEnv` are relative to the project;
 * `testTimeout` is also every hook's limit where the hook names none.
 */
function projectConfig(projectDir, { displayName, integration = false, setupFilesAfterEnv = [], testTimeout = 60_000 }) {
  return {
    displayName,
    rootDir: projectDir,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/src/**/*.spec.ts'],
    transform: {
      '^.+\\.ts$': [
        '@swc/jest',
        {
          jsc: {
            target: 'es2023',
            parser: { syntax: 'typescript', decorators: true },
            transform: { legacyDecorator: true, decoratorMetadata: true },
            keepClassNames: true,
          },
          module: { type: 'commonjs' },
          sourceMaps: 'inline',
        },
      ],
    },
    moduleFileExtensions: ['ts', 'js', 'json'],
    moduleNameMapper,
    setupFilesAfterEnv: setupFilesAfterEnv.map((file) => path.join(projectDir, file)),
    ...(integration
      ? {
          globalSetup: path.join(__dirname, 'libs/shared/testing/src/jest/global-setup.ts'),
          globalTeardown: path.join(__dirname, 'libs/shared/testing/src/jest/global-teardown.ts'),
          testTimeout,
          // Suites stop their services in afterAll; a stray handle left by a suite that failed
          // half-way (a consumer still retrying) must not keep CI waiting until its time limit.
          forceExit: true,
        }
      : {}),
  };
}

module.exports = { projectConfig };

// Unit tests of the console's plain logic (search folding, the session, errors) and of its server.
// The screens themselves are tested in a real browser: apps/console/e2e (./dev test runs it).
module.exports = {
  ...require('../../jest.preset.js').projectConfig(__dirname, { displayName: 'console' }),
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/server/**/*.spec.ts'],
};

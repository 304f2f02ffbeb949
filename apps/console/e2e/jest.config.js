// The console in headless Chromium (Debian's package, driven by playwright-core) against a running
// platform with the demo data: `./dev test` brings one up, builds the console and runs this after
// the other tests. TN_CONSOLE_URL (default http://127.0.0.1:4200) points at the console's server.
module.exports = {
  ...require('../../../jest.preset.js').projectConfig(__dirname, { displayName: 'console-browser' }),
  testMatch: ['<rootDir>/**/*.browser.spec.ts'],
  setupFilesAfterEnv: ['<rootDir>/retry-once.ts'],
  testTimeout: 120_000,
  // One browser at a time: the suites share the demo platform and this machine has two cores.
  maxWorkers: 1,
};

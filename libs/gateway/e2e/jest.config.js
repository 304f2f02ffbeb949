module.exports = require('../../../jest.preset.js').projectConfig(__dirname, {
  displayName: 'gateway-e2e',
  integration: true,
  // A platform's stop (in every suite's afterAll) stops up to seven services and drops their databases:
  // in CI, a hook ran past the old 60 s limit in the attendance suite.
  testTimeout: 180_000,
});

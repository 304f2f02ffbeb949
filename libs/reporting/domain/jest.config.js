module.exports = require('../../../jest.preset.js').projectConfig(__dirname, {
  displayName: 'reporting-domain',
  integration: false,
  // Every event an aggregate's spec decides is checked against its contract.
  setupFilesAfterEnv: ['src/contracts.test-setup.ts'],
});

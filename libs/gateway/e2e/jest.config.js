module.exports = require('../../../jest.preset.js').projectConfig(__dirname, {
  displayName: 'gateway-e2e',
  integration: true,
});

module.exports = require('../../../jest.preset.js').projectConfig(__dirname, {
  displayName: 'shared-registry-feed',
  integration: false,
});

module.exports = require('../../../jest.preset.js').projectConfig(__dirname, {
  displayName: 'shared-service-kit',
  integration: false,
});

module.exports = require('../../../jest.preset.js').projectConfig(__dirname, {
  displayName: 'shared-event-store',
  integration: false,
});

module.exports = require('../../../jest.preset.js').projectConfig(__dirname, {
  displayName: 'shared-event-sourcing-nest',
  integration: false,
});

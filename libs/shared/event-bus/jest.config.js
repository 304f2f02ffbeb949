module.exports = require('../../../jest.preset.js').projectConfig(__dirname, {
  displayName: 'shared-event-bus',
  integration: false,
});

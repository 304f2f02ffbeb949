module.exports = require('../../../jest.preset.js').projectConfig(__dirname, {
  displayName: 'shared-decider',
  integration: false,
});

module.exports = require('../../../jest.preset.js').projectConfig(__dirname, {
  displayName: 'shared-config',
  integration: false,
});

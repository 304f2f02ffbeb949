module.exports = require('../../../jest.preset.js').projectConfig(__dirname, {
  displayName: 'network-write',
  integration: false,
});

module.exports = require('../../../jest.preset.js').projectConfig(__dirname, {
  displayName: 'registry-write',
  integration: false,
});

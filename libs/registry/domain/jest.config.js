module.exports = require('../../../jest.preset.js').projectConfig(__dirname, {
  displayName: 'registry-domain',
  integration: false,
});

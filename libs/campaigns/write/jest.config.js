module.exports = require('../../../jest.preset.js').projectConfig(__dirname, {
  displayName: 'campaigns-write',
  integration: false,
});

module.exports = require('../../../jest.preset.js').projectConfig(__dirname, {
  displayName: 'campaigns-domain',
  integration: false,
});

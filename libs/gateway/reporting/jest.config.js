module.exports = require('../../../jest.preset.js').projectConfig(__dirname, {
  displayName: 'gateway-reporting',
  integration: false,
});

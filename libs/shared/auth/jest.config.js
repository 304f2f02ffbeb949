module.exports = require('../../../jest.preset.js').projectConfig(__dirname, {
  displayName: 'shared-auth',
  integration: false,
});

module.exports = require('../../../jest.preset.js').projectConfig(__dirname, {
  displayName: 'reporting-write',
  integration: false,
});

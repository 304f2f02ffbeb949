module.exports = require('../../../jest.preset.js').projectConfig(__dirname, {
  displayName: 'reporting-contracts',
  integration: false,
});

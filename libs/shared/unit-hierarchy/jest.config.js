module.exports = require('../../../jest.preset.js').projectConfig(__dirname, {
  displayName: 'shared-unit-hierarchy',
  integration: false,
});

module.exports = require('../../../jest.preset.js').projectConfig(__dirname, {
  displayName: 'training-write',
  integration: false,
});

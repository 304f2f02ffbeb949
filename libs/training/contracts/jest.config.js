module.exports = require('../../../jest.preset.js').projectConfig(__dirname, {
  displayName: 'training-contracts',
  integration: false,
});

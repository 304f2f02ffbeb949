module.exports = require('../../../jest.preset.js').projectConfig(__dirname, {
  displayName: 'gateway-graphql-kit',
  integration: false,
});

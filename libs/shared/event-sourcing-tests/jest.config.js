// Integration tests of the event-sourcing core (event store, relay, projectors) against real
// Kafka and a real MongoDB-wire server. Kept apart from the libraries so that they stay free
// of test-infrastructure dependencies.
module.exports = require('../../../jest.preset.js').projectConfig(__dirname, {
  displayName: 'shared-event-sourcing-tests',
  integration: true,
});

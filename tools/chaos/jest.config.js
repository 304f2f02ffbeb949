// Unit specs of the chaos suite, the load kit and the demo data (no servers needed): npx jest -c tools/chaos/jest.config.js
const path = require('node:path');
const config = require('../../jest.preset.js').projectConfig(path.join(__dirname, '..'), { displayName: 'tools-chaos' });
module.exports = { ...config, testMatch: ['<rootDir>/chaos/**/*.spec.ts', '<rootDir>/load/**/*.spec.ts', '<rootDir>/demo/**/*.spec.ts'] };

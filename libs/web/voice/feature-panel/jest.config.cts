module.exports = require('../../../../jest.angular.cjs')('web-voice-feature-panel', __dirname);

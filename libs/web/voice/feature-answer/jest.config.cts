module.exports = require('../../../../jest.angular.cjs')('web-voice-feature-answer', __dirname);

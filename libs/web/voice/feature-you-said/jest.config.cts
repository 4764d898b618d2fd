module.exports = require('../../../../jest.angular.cjs')('web-voice-feature-you-said', __dirname);

module.exports = require('../../../../jest.angular.cjs')('web-voice-feature-campaigns', __dirname);

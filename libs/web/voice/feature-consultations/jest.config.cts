module.exports = require('../../../../jest.angular.cjs')('web-voice-feature-consultations', __dirname);

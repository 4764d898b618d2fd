module.exports = require('../../../../jest.angular.cjs')('web-voice-data-access', __dirname);

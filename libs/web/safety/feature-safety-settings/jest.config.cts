module.exports = require('../../../../jest.angular.cjs')('web-safety-feature-safety-settings', __dirname);

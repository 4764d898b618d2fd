module.exports = require('../../../../jest.angular.cjs')('web-safety-feature-safety', __dirname);

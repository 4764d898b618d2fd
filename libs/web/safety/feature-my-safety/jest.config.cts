module.exports = require('../../../../jest.angular.cjs')('web-safety-feature-my-safety', __dirname);

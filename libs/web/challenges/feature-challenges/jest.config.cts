module.exports = require('../../../../jest.angular.cjs')('web-challenges-feature-challenges', __dirname);

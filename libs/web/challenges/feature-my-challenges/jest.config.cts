module.exports = require('../../../../jest.angular.cjs')('web-challenges-feature-my-challenges', __dirname);

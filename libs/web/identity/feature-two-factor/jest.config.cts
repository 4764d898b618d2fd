module.exports = require('../../../../jest.angular.cjs')('web-identity-feature-two-factor', __dirname);

module.exports = require('../../../../jest.angular.cjs')('web-identity-feature-sign-in', __dirname);

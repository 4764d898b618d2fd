module.exports = require('../../../../jest.angular.cjs')('web-identity-feature-account', __dirname);

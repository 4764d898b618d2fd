module.exports = require('../../../../jest.angular.cjs')('web-identity-feature-accounts', __dirname);

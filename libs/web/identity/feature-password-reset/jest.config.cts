module.exports = require('../../../../jest.angular.cjs')('web-identity-feature-password-reset', __dirname);

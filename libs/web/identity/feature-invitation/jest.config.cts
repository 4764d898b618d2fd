module.exports = require('../../../../jest.angular.cjs')('web-identity-feature-invitation', __dirname);

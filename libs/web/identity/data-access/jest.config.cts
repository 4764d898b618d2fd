module.exports = require('../../../../jest.angular.cjs')('web-identity-data-access', __dirname);

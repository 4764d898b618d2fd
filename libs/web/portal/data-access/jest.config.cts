module.exports = require('../../../../jest.angular.cjs')('web-portal-data-access', __dirname);

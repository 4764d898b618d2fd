module.exports = require('../../../../jest.angular.cjs')('web-audit-data-access', __dirname);

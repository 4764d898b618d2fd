module.exports = require('../../../../jest.angular.cjs')('web-audit-feature-access-log', __dirname);

module.exports = require('../../../../jest.angular.cjs')('web-audit-feature-audit', __dirname);

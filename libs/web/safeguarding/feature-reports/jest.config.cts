module.exports = require('../../../../jest.angular.cjs')('web-safeguarding-feature-reports', __dirname);

module.exports = require('../../../../jest.angular.cjs')('web-safeguarding-feature-dashboard', __dirname);

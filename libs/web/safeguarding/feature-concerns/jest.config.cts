module.exports = require('../../../../jest.angular.cjs')('web-safeguarding-feature-concerns', __dirname);

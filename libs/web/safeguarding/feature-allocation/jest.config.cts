module.exports = require('../../../../jest.angular.cjs')('web-safeguarding-feature-allocation', __dirname);

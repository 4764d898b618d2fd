module.exports = require('../../../../jest.angular.cjs')('web-safeguarding-data-access', __dirname);
